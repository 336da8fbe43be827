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
