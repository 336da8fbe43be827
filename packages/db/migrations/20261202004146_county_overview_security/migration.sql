-- The county overview's tables: who may read and write them beneath the API.
--
-- Case follow-ups are case data: under the case's FORCEd row-level security like every case
-- table (only the case's organisations read them; only the lead records one, for itself).
ALTER TABLE case_follow_up ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_follow_up FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_follow_up_read ON case_follow_up FOR SELECT TO samlad_app
  USING (samlad_case_participant(case_id));
--> statement-breakpoint
CREATE POLICY case_follow_up_record ON case_follow_up FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id) and recorded_by_organisation_id = samlad_org());
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON case_follow_up FROM samlad_app;
--> statement-breakpoint
-- Pulse answers and who gave one are written once and never changed.
REVOKE UPDATE, DELETE, TRUNCATE ON meeting_pulse_answer, meeting_pulse_response FROM samlad_app;
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON forum_merge_answer FROM samlad_app;
--> statement-breakpoint
GRANT SELECT ON case_follow_up TO samlad_case_access;
--> statement-breakpoint
-- The county board sees cases only as counts (access rule 5): the number of its county's cases
-- that were open some time in the period, by status and by theme, and the follow-ups due in the
-- period by whether they were done on time, late, or are still overdue. Row-level security hides
-- every case from a county board, so this runs as samlad_case_access; it answers only an
-- organisation acting as that county's county board, and returns nothing that names a case.
-- Small counts are withheld by the API (fewer than 5), which needs the exact numbers to decide.
CREATE OR REPLACE FUNCTION samlad_case_county_figures(county char(2), period_from date, period_to date, today date)
RETURNS TABLE (dimension text, key text, n bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NOT EXISTS (select 1 from organisation o
                 where o.id = samlad_org() and o.kind = 'county_board' and o.county_code = county) THEN
    RETURN;
  END IF;
  RETURN QUERY
  with in_county as (
    select s.id, s.status, s.themes, s.next_follow_up_on
    from shared_case s join organisation lead on lead.id = s.lead_organisation_id
    where lead.county_code = county
      and (s.created_at at time zone 'Europe/Stockholm')::date <= period_to
      and (s.closed_at is null or (s.closed_at at time zone 'Europe/Stockholm')::date >= period_from)
  )
  select 'status', c.status::text, count(*) from in_county c group by c.status
  union all
  select 'theme', t.theme::text, count(*) from in_county c cross join lateral unnest(c.themes) as t(theme) group by t.theme
  union all
  select 'follow_up', case when f.done_on <= f.due_on then 'on_time' else 'late' end, count(*)
  from case_follow_up f join in_county c on c.id = f.case_id
  where f.due_on between period_from and period_to
  group by 2
  union all
  select 'follow_up', 'overdue', count(*) from in_county c
  where c.status <> 'closed' and c.next_follow_up_on >= period_from
    and c.next_follow_up_on <= least(period_to, today - 1);
END
$$;
--> statement-breakpoint
ALTER FUNCTION samlad_case_county_figures(char, date, date, date) OWNER TO samlad_case_access;
--> statement-breakpoint
REVOKE ALL ON FUNCTION samlad_case_county_figures(char, date, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION samlad_case_county_figures(char, date, date, date) TO samlad_app;
