-- Benchmark only: apply to the benchmark's own throwaway database after Samlad's migrations.
-- Never one of Samlad's product migrations.
--
-- Samlad's `meetings(from, to, first)`: meetings starting in [from, to) of the forums the acting
-- organisation (app.org_id, read by samlad_org()) is a member of, earliest first. Meetings have no
-- row-level security, so PostGraphile needs the membership rule on the server side: a custom query
-- function. LANGUAGE sql, STABLE, not SECURITY DEFINER, no SET clause, not STRICT: PostgreSQL
-- inlines it into PostGraphile's statement, so the planner sees the plain query (indexes included).
CREATE OR REPLACE FUNCTION samlad_peer_joint_view("from" timestamptz, "to" timestamptz)
RETURNS SETOF meeting
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  select m.*
  from meeting m
  where m.starts_at >= "from" and m.starts_at < "to"
    and exists (
      select 1 from forum_member fm
      where fm.forum_id = m.forum_id and fm.organisation_id = samlad_org())
  order by m.starts_at, m.id
$$;

COMMENT ON FUNCTION samlad_peer_joint_view(timestamptz, timestamptz) IS
  'Meetings of the acting organisation''s forums starting in [from, to), earliest first (benchmark peer of Samlad''s Query.meetings).';

GRANT EXECUTE ON FUNCTION samlad_peer_joint_view(timestamptz, timestamptz) TO samlad_app;

-- Alternative with the same access rule, as a view: PostGraphile joins forum into the same
-- statement (a setof function has an implicit order, so PostGraphile never joins into it and
-- fetches the forums with a second statement in a second transaction). The window then is a
-- filter the client sends (postgraphile-plugin-connection-filter), as Samlad's from/to are.
-- security_invoker: read meeting and forum_member as samlad_app, not as the view's owner.
CREATE OR REPLACE VIEW samlad_peer_visible_meeting WITH (security_invoker = true) AS
  select m.*
  from meeting m
  where exists (
    select 1 from forum_member fm
    where fm.forum_id = m.forum_id and fm.organisation_id = samlad_org());

COMMENT ON VIEW samlad_peer_visible_meeting IS E'@primaryKey id\n@foreignKey (forum_id) references forum (id)\n@behavior +orderBy +filterBy\nMeetings of the acting organisation''s forums (benchmark peer of Samlad''s Query.meetings).';

GRANT SELECT ON samlad_peer_visible_meeting TO samlad_app;

-- The case list. Row-level security on shared_case alone already gives exactly Samlad's rows, but
-- its policy is an OR (lead organisation, or an EXISTS on case_participant), which the planner can
-- only check row by row: a sequential scan of every case (about 235 ms at national scale against
-- 0.1 ms). Samlad's resolver adds the participation EXISTS explicitly, which becomes an index
-- semi-join. This view gives the peer the same condition, so both run the same plan; it narrows
-- nothing (RLS still applies: security_invoker), it only lets the planner use the index.
CREATE OR REPLACE VIEW samlad_peer_participating_case WITH (security_invoker = true) AS
  select c.*
  from shared_case c
  where exists (
    select 1 from case_participant p
    where p.case_id = c.id and p.organisation_id = samlad_org());

COMMENT ON VIEW samlad_peer_participating_case IS E'@primaryKey id\n@foreignKey (lead_organisation_id) references organisation (id)\n@behavior +orderBy +filterBy\nCases the acting organisation takes part in (benchmark peer of Samlad''s Query.cases).';

GRANT SELECT ON samlad_peer_participating_case TO samlad_app;
