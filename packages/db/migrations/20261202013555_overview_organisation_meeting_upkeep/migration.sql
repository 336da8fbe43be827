-- organisation_meeting is kept from meeting and meeting_invitee by statement-level triggers, set
-- by set (bulk inserts of invitations cost one statement each, not one per row). The functions
-- run as their owner so the application, which may not write the table, can still cause it to
-- change; they only ever copy what the two source tables say.
CREATE INDEX organisation_meeting_by_organisation ON organisation_meeting (organisation_id, starts_at)
  INCLUDE (ends_at, cancelled, attended);
--> statement-breakpoint
CREATE INDEX organisation_meeting_by_forum ON organisation_meeting (forum_id, starts_at)
  INCLUDE (organisation_id, ends_at, cancelled, attended);
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON organisation_meeting FROM samlad_app;
--> statement-breakpoint
-- Rewrites the rows of the given (organisation, meeting) pairs from the invitations as they are now.
CREATE OR REPLACE FUNCTION samlad_refresh_organisation_meeting(pairs jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  WITH wanted AS (
    SELECT DISTINCT (p->>0)::uuid AS organisation_id, (p->>1)::uuid AS meeting_id
    FROM jsonb_array_elements(pairs) p
  ), gone AS (
    DELETE FROM organisation_meeting om USING wanted w
    WHERE om.organisation_id = w.organisation_id AND om.meeting_id = w.meeting_id
      AND NOT EXISTS (SELECT 1 FROM meeting_invitee i
                      WHERE i.organisation_id = w.organisation_id AND i.meeting_id = w.meeting_id)
  )
  INSERT INTO organisation_meeting (organisation_id, meeting_id, forum_id, starts_at, ends_at, cancelled, attended)
  SELECT i.organisation_id, i.meeting_id, m.forum_id, m.starts_at, m.ends_at, m.status = 'cancelled', bool_or(i.attended)
  FROM wanted w
  JOIN meeting_invitee i ON i.organisation_id = w.organisation_id AND i.meeting_id = w.meeting_id
  JOIN meeting m ON m.id = i.meeting_id
  GROUP BY i.organisation_id, i.meeting_id, m.forum_id, m.starts_at, m.ends_at, m.status
  ON CONFLICT (organisation_id, meeting_id) DO UPDATE
    SET forum_id = excluded.forum_id, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
        cancelled = excluded.cancelled, attended = excluded.attended;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION samlad_invitees_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM samlad_refresh_organisation_meeting(
      (SELECT coalesce(jsonb_agg(jsonb_build_array(organisation_id, meeting_id)), '[]') FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM samlad_refresh_organisation_meeting(
      (SELECT coalesce(jsonb_agg(jsonb_build_array(organisation_id, meeting_id)), '[]') FROM old_rows));
  ELSE
    PERFORM samlad_refresh_organisation_meeting(
      (SELECT coalesce(jsonb_agg(jsonb_build_array(organisation_id, meeting_id)), '[]')
       FROM (SELECT organisation_id, meeting_id FROM new_rows
             UNION SELECT organisation_id, meeting_id FROM old_rows) changed));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_invitee_inserted AFTER INSERT ON meeting_invitee
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION samlad_invitees_changed();
--> statement-breakpoint
CREATE TRIGGER meeting_invitee_updated AFTER UPDATE ON meeting_invitee
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION samlad_invitees_changed();
--> statement-breakpoint
CREATE TRIGGER meeting_invitee_deleted AFTER DELETE ON meeting_invitee
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION samlad_invitees_changed();
--> statement-breakpoint
-- A meeting moved, cancelled or moved to another forum (a merge): its rows follow.
CREATE OR REPLACE FUNCTION samlad_meetings_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE organisation_meeting om
  SET forum_id = n.forum_id, starts_at = n.starts_at, ends_at = n.ends_at, cancelled = n.status = 'cancelled'
  FROM new_rows n
  WHERE om.meeting_id = n.id
    AND (om.forum_id, om.starts_at, om.ends_at, om.cancelled)
        IS DISTINCT FROM (n.forum_id, n.starts_at, n.ends_at, n.status = 'cancelled');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_updated AFTER UPDATE ON meeting
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION samlad_meetings_changed();
--> statement-breakpoint
-- What is there already.
INSERT INTO organisation_meeting (organisation_id, meeting_id, forum_id, starts_at, ends_at, cancelled, attended)
SELECT i.organisation_id, i.meeting_id, m.forum_id, m.starts_at, m.ends_at, m.status = 'cancelled', bool_or(i.attended)
FROM meeting_invitee i JOIN meeting m ON m.id = i.meeting_id
GROUP BY i.organisation_id, i.meeting_id, m.forum_id, m.starts_at, m.ends_at, m.status;
