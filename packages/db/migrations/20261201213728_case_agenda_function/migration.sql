-- A forum meeting takes up the cases due for follow-up (as a MARAC does). The forum's host may not
-- take part in every such case, so row-level security would hide them; this tells a member of the
-- forum only each due case's id and reference, and whether it has actions carried over (open and
-- past due), never anything more.
CREATE OR REPLACE FUNCTION samlad_cases_due_in_forum(f uuid, until date)
RETURNS TABLE (case_id uuid, reference text, next_follow_up_on date, carried_over boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  select s.id, s.reference, s.next_follow_up_on,
         exists (select 1 from case_plan_action a
                 where a.case_id = s.id and a.status in ('open', 'in_progress') and a.due_on < until)
  from shared_case s
  where s.forum_id = f and s.status <> 'closed' and s.next_follow_up_on <= until
    and exists (select 1 from forum_member m where m.forum_id = f and m.organisation_id = samlad_org())
$$;
--> statement-breakpoint
GRANT SELECT ON case_plan_action, forum_member TO samlad_case_access;
--> statement-breakpoint
ALTER FUNCTION samlad_cases_due_in_forum(uuid, date) OWNER TO samlad_case_access;
--> statement-breakpoint
REVOKE ALL ON FUNCTION samlad_cases_due_in_forum(uuid, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION samlad_cases_due_in_forum(uuid, date) TO samlad_app;
