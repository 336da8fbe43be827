-- Row-level security for shared cases (access rules 4, 7 and 8 of DESIGN.md): the database itself
-- keeps a case from organisations outside it, and its identity, notes and plan from participants
-- whose consent or disclosure basis does not cover them. Every policy is FORCEd, so even the
-- tables' owner is bound unless it is a superuser; the application acts as samlad_app.
--
-- The checks that read the consent and participant tables run as samlad_case_access, a role that
-- may only read those tables and bypasses their policies (otherwise the policies would recurse).
-- They are PL/pgSQL rather than SQL functions: PostgreSQL 15 re-plans a SECURITY DEFINER SQL
-- function's body at every call site of every statement, PL/pgSQL keeps the plan per connection
-- (measured with tests/bench/cases.ts: a case page's main statement 4 ms → 1 ms).

DO $$
BEGIN
  CREATE ROLE samlad_case_access NOLOGIN NOSUPERUSER NOINHERIT BYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT samlad_case_access TO %I', current_user);
EXCEPTION WHEN duplicate_object OR unique_violation OR insufficient_privilege THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO samlad_case_access;
--> statement-breakpoint
GRANT SELECT ON shared_case, case_participant, consent, consent_organisation, disclosure, case_lead_transfer, organisation TO samlad_case_access;
--> statement-breakpoint

-- The organisation the transaction acts for (set with set_config('app.org_id', ..., true)).
CREATE OR REPLACE FUNCTION samlad_org() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  select nullif(current_setting('app.org_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION samlad_case_participant(c uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  RETURN (select exists (select 1 from case_participant p where p.case_id = c and p.organisation_id = samlad_org()));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION samlad_case_lead(c uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  RETURN (select exists (select 1 from shared_case s where s.id = c and s.lead_organisation_id = samlad_org()));
END
$$;
--> statement-breakpoint
-- Whether the acting organisation may read this part of the case now: it leads the case; or it
-- participates and the case is an anonymous consultation (nothing identifying to protect, so
-- notes and plan are shared among participants); or it participates and a consent naming it
-- covers the part and is in force; or a disclosure basis recorded for it does (never for civil
-- society, which only consent can reach). Withdrawn or expired consent counts from the next read.
CREATE OR REPLACE FUNCTION samlad_case_may(c uuid, wanted case_scope) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  RETURN (select exists (
    select 1
    from shared_case s
    join case_participant p on p.case_id = s.id and p.organisation_id = samlad_org()
    where s.id = c and (
      s.lead_organisation_id = samlad_org()
      or (not s.identified and wanted <> 'identity')
      or exists (
        select 1 from consent_organisation ko join consent k on k.id = ko.consent_id and k.case_id = ko.case_id
        where ko.case_id = c and ko.organisation_id = samlad_org() and wanted = any (k.scopes)
          and k.withdrawn_at is null and k.valid_from <= now()
          and (k.valid_until is null or k.valid_until > now()))
      or exists (
        select 1 from disclosure d join organisation o on o.id = d.organisation_id
        where d.case_id = c and d.organisation_id = samlad_org() and wanted = any (d.scopes)
          and d.revoked_at is null and (d.valid_until is null or d.valid_until > now())
          and o.kind <> 'civil_society'))));
END
$$;
--> statement-breakpoint
-- Whether the acting organisation is offered the lead of this case now: the case's latest lead
-- transfer goes from its current lead to the acting organisation (never an association) and is
-- pending or accepted. Once the lead has moved, or a later transfer is made, the offer is spent.
CREATE OR REPLACE FUNCTION samlad_case_lead_offered(c uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  select exists (
    select 1
    from case_lead_transfer t
    join shared_case s on s.id = t.case_id and s.lead_organisation_id = t.from_organisation_id
    join organisation o on o.id = t.to_organisation_id and o.kind <> 'civil_society'
    where t.case_id = c and t.to_organisation_id = samlad_org() and t.status in ('pending', 'accepted')
      and not exists (
        select 1 from case_lead_transfer later where later.case_id = c and later.created_at > t.created_at))
$$;
--> statement-breakpoint
-- An organisation outside a case may ask to join it by its reference: this tells only the id.
CREATE OR REPLACE FUNCTION samlad_case_id_by_reference(ref text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  select id from shared_case where reference = upper(trim(ref)) and status <> 'closed'
$$;
--> statement-breakpoint
ALTER FUNCTION samlad_case_participant(uuid) OWNER TO samlad_case_access;
--> statement-breakpoint
ALTER FUNCTION samlad_case_lead(uuid) OWNER TO samlad_case_access;
--> statement-breakpoint
ALTER FUNCTION samlad_case_may(uuid, case_scope) OWNER TO samlad_case_access;
--> statement-breakpoint
ALTER FUNCTION samlad_case_lead_offered(uuid) OWNER TO samlad_case_access;
--> statement-breakpoint
ALTER FUNCTION samlad_case_id_by_reference(text) OWNER TO samlad_case_access;
--> statement-breakpoint
REVOKE ALL ON FUNCTION samlad_case_participant(uuid), samlad_case_lead(uuid), samlad_case_may(uuid, case_scope), samlad_case_lead_offered(uuid), samlad_case_id_by_reference(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION samlad_case_participant(uuid), samlad_case_lead(uuid), samlad_case_may(uuid, case_scope), samlad_case_lead_offered(uuid), samlad_case_id_by_reference(text) TO samlad_app;
--> statement-breakpoint

-- Cases are never deleted by the application, nor are consents, disclosures, notes or versions.
REVOKE DELETE, TRUNCATE ON shared_case, consent, consent_organisation, disclosure, case_note, case_note_visibility, case_plan, case_plan_version, case_feedback, case_subject, case_lead_transfer, case_join_request FROM samlad_app;
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON disclosure_basis FROM samlad_app;
--> statement-breakpoint
REVOKE TRUNCATE ON case_participant, case_guardian, case_plan_action FROM samlad_app;
--> statement-breakpoint
-- A consent changes only by being withdrawn: what was consented to, by whom and for how long stays
-- as recorded (the policy below also keeps a withdrawal from being undone).
REVOKE UPDATE ON consent FROM samlad_app;
--> statement-breakpoint
GRANT UPDATE (withdrawn_at, withdrawn_by_user_id, withdrawal_note) ON consent TO samlad_app;
--> statement-breakpoint

ALTER TABLE shared_case ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE shared_case FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An inline EXISTS, not the function, so the planner probes the (organisation, case) index;
-- case_participant's own policy admits the acting organisation's rows without recursing.
CREATE POLICY shared_case_read ON shared_case FOR SELECT TO samlad_app
  USING (lead_organisation_id = samlad_org() OR EXISTS (
    SELECT 1 FROM case_participant p WHERE p.case_id = shared_case.id AND p.organisation_id = samlad_org()));
--> statement-breakpoint
-- Associations (outside the secrecy act) and county boards (aggregates only) never lead a case.
CREATE POLICY shared_case_create ON shared_case FOR INSERT TO samlad_app
  WITH CHECK (lead_organisation_id = samlad_org() AND NOT EXISTS (
    SELECT 1 FROM organisation o WHERE o.id = lead_organisation_id AND o.kind IN ('civil_society', 'county_board')));
--> statement-breakpoint
-- The lead edits its case; another participant only takes the lead, when a transfer offers it.
-- Nobody hands the lead over by writing it: that would let a participant make itself the lead
-- (and so see everything), or give a case to an association.
CREATE POLICY shared_case_change ON shared_case FOR UPDATE TO samlad_app
  USING (samlad_case_participant(id) AND (lead_organisation_id = samlad_org() OR samlad_case_lead_offered(id)))
  WITH CHECK (samlad_case_participant(id) AND lead_organisation_id = samlad_org());
--> statement-breakpoint

ALTER TABLE case_participant ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_participant FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_participant_read ON case_participant FOR SELECT TO samlad_app
  USING (organisation_id = samlad_org() OR samlad_case_participant(case_id));
--> statement-breakpoint
-- County boards see aggregates only: never a participant.
CREATE POLICY case_participant_add ON case_participant FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id) AND NOT EXISTS (
    SELECT 1 FROM organisation o WHERE o.id = organisation_id AND o.kind = 'county_board'));
--> statement-breakpoint
CREATE POLICY case_participant_remove ON case_participant FOR DELETE TO samlad_app
  USING (samlad_case_lead(case_id));
--> statement-breakpoint

ALTER TABLE case_subject ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_subject FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_subject_read ON case_subject FOR SELECT TO samlad_app
  USING (samlad_case_may(case_id, 'identity'));
--> statement-breakpoint
CREATE POLICY case_subject_write ON case_subject FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint
CREATE POLICY case_subject_change ON case_subject FOR UPDATE TO samlad_app
  USING (samlad_case_lead(case_id)) WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint

ALTER TABLE case_guardian ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_guardian FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_guardian_read ON case_guardian FOR SELECT TO samlad_app
  USING (samlad_case_may(case_id, 'identity'));
--> statement-breakpoint
CREATE POLICY case_guardian_write ON case_guardian FOR ALL TO samlad_app
  USING (samlad_case_lead(case_id)) WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint

ALTER TABLE consent ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE consent FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY consent_read ON consent FOR SELECT TO samlad_app
  USING (samlad_case_participant(case_id));
--> statement-breakpoint
CREATE POLICY consent_record ON consent FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id) AND recorded_by_organisation_id = samlad_org());
--> statement-breakpoint
-- Any participant records a withdrawal; nobody undoes one.
CREATE POLICY consent_withdraw ON consent FOR UPDATE TO samlad_app
  USING (samlad_case_participant(case_id) AND withdrawn_at IS NULL)
  WITH CHECK (samlad_case_participant(case_id) AND withdrawn_at IS NOT NULL);
--> statement-breakpoint

ALTER TABLE consent_organisation ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE consent_organisation FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY consent_organisation_read ON consent_organisation FOR SELECT TO samlad_app
  USING (samlad_case_participant(case_id));
--> statement-breakpoint
CREATE POLICY consent_organisation_record ON consent_organisation FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint

ALTER TABLE disclosure ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE disclosure FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY disclosure_read ON disclosure FOR SELECT TO samlad_app
  USING (samlad_case_participant(case_id));
--> statement-breakpoint
CREATE POLICY disclosure_record ON disclosure FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id) AND recorded_by_organisation_id = samlad_org());
--> statement-breakpoint
CREATE POLICY disclosure_revoke ON disclosure FOR UPDATE TO samlad_app
  USING (samlad_case_lead(case_id) AND revoked_at IS NULL) WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint

ALTER TABLE case_plan ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_plan FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_plan_read ON case_plan FOR SELECT TO samlad_app
  USING (samlad_case_may(case_id, 'plan'));
--> statement-breakpoint
CREATE POLICY case_plan_write ON case_plan FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint
CREATE POLICY case_plan_change ON case_plan FOR UPDATE TO samlad_app
  USING (samlad_case_lead(case_id)) WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint

ALTER TABLE case_plan_version ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_plan_version FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_plan_version_read ON case_plan_version FOR SELECT TO samlad_app
  USING (samlad_case_may(case_id, 'plan'));
--> statement-breakpoint
CREATE POLICY case_plan_version_write ON case_plan_version FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint

ALTER TABLE case_plan_action ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_plan_action FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_plan_action_read ON case_plan_action FOR SELECT TO samlad_app
  USING (samlad_case_may(case_id, 'plan'));
--> statement-breakpoint
CREATE POLICY case_plan_action_write ON case_plan_action FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id));
--> statement-breakpoint
CREATE POLICY case_plan_action_remove ON case_plan_action FOR DELETE TO samlad_app
  USING (samlad_case_lead(case_id));
--> statement-breakpoint
-- The lead edits any action; an organisation updates its own (status), while it may read the plan.
CREATE POLICY case_plan_action_change ON case_plan_action FOR UPDATE TO samlad_app
  USING (samlad_case_lead(case_id) OR (organisation_id = samlad_org() AND samlad_case_may(case_id, 'plan')))
  WITH CHECK (samlad_case_lead(case_id) OR (organisation_id = samlad_org() AND samlad_case_may(case_id, 'plan')));
--> statement-breakpoint

ALTER TABLE case_note ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_note FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_note_read ON case_note FOR SELECT TO samlad_app
  USING (
    (author_organisation_id = samlad_org() AND samlad_case_participant(case_id))
    OR samlad_case_lead(case_id)
    OR (samlad_case_may(case_id, 'notes') AND EXISTS (
      SELECT 1 FROM case_note_visibility v WHERE v.note_id = case_note.id AND v.organisation_id = samlad_org())));
--> statement-breakpoint
CREATE POLICY case_note_write ON case_note FOR INSERT TO samlad_app
  WITH CHECK (author_organisation_id = samlad_org() AND samlad_case_participant(case_id));
--> statement-breakpoint

ALTER TABLE case_note_visibility ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_note_visibility FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_note_visibility_read ON case_note_visibility FOR SELECT TO samlad_app
  USING (samlad_case_participant(case_id));
--> statement-breakpoint
-- The note's author chooses who sees it, among the case's participants: nobody shows themself
-- someone else's note.
CREATE POLICY case_note_visibility_write ON case_note_visibility FOR INSERT TO samlad_app
  WITH CHECK (
    samlad_case_participant(case_id)
    AND EXISTS (
      SELECT 1 FROM case_note n
      WHERE n.id = case_note_visibility.note_id AND n.case_id = case_note_visibility.case_id
        AND n.author_organisation_id = samlad_org())
    AND EXISTS (
      SELECT 1 FROM case_participant p
      WHERE p.case_id = case_note_visibility.case_id AND p.organisation_id = case_note_visibility.organisation_id));
--> statement-breakpoint

ALTER TABLE case_feedback ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_feedback FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_feedback_read ON case_feedback FOR SELECT TO samlad_app
  USING (samlad_case_may(case_id, 'plan'));
--> statement-breakpoint
CREATE POLICY case_feedback_write ON case_feedback FOR INSERT TO samlad_app
  WITH CHECK (recorded_by_organisation_id = samlad_org() AND samlad_case_may(case_id, 'plan'));
--> statement-breakpoint

ALTER TABLE case_lead_transfer ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_lead_transfer FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_lead_transfer_read ON case_lead_transfer FOR SELECT TO samlad_app
  USING (samlad_case_participant(case_id));
--> statement-breakpoint
CREATE POLICY case_lead_transfer_propose ON case_lead_transfer FOR INSERT TO samlad_app
  WITH CHECK (samlad_case_lead(case_id) AND from_organisation_id = samlad_org());
--> statement-breakpoint
-- The recipient accepts or declines, the proposer withdraws; no other participant answers for them.
CREATE POLICY case_lead_transfer_decide ON case_lead_transfer FOR UPDATE TO samlad_app
  USING (samlad_case_participant(case_id) AND samlad_org() IN (from_organisation_id, to_organisation_id))
  WITH CHECK (samlad_case_participant(case_id) AND samlad_org() IN (from_organisation_id, to_organisation_id));
--> statement-breakpoint

ALTER TABLE case_join_request ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_join_request FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_join_request_read ON case_join_request FOR SELECT TO samlad_app
  USING (organisation_id = samlad_org() OR samlad_case_lead(case_id));
--> statement-breakpoint
CREATE POLICY case_join_request_ask ON case_join_request FOR INSERT TO samlad_app
  WITH CHECK (organisation_id = samlad_org());
--> statement-breakpoint
CREATE POLICY case_join_request_decide ON case_join_request FOR UPDATE TO samlad_app
  USING (organisation_id = samlad_org() OR samlad_case_lead(case_id))
  WITH CHECK (organisation_id = samlad_org() OR samlad_case_lead(case_id));
--> statement-breakpoint

-- The catalogue of disclosure grounds (Offentlighets- och sekretesslagen, OSL). Data, not code.
INSERT INTO disclosure_basis (code, law_reference, name_sv, name_en, description_sv, description_en, is_consent, position) VALUES
  ('consent', 'OSL 12:2', 'Samtycke', 'Consent',
   'Den enskilde (eller vårdnadshavarna) har samtyckt till att uppgifterna lämnas.',
   'The person (or the guardians) has consented to the information being shared.', true, 1),
  ('own_task', 'OSL 10:2', 'Nödvändigt för den egna verksamheten', 'Necessary for the disclosing agency''s own task',
   'Uppgiften behöver lämnas för att den utlämnande myndigheten ska kunna fullgöra sin egen verksamhet.',
   'The information must be disclosed for the disclosing agency to carry out its own task.', false, 2),
  ('social_to_health', 'OSL 26:9', 'Socialtjänst till hälso- och sjukvård', 'Social services to health care',
   'Socialtjänsten lämnar uppgifter till hälso- och sjukvården när det behövs för en samordnad insats.',
   'Social services disclose information to health care where a coordinated effort needs it.', false, 3),
  ('health_to_social', 'OSL 25:12', 'Hälso- och sjukvård till socialtjänst', 'Health care to social services',
   'Hälso- och sjukvården lämnar uppgifter till socialtjänsten när det behövs för en samordnad insats.',
   'Health care discloses information to social services where a coordinated effort needs it.', false, 4),
  ('duty_to_report', 'OSL 10:28', 'Uppgiftsskyldighet', 'Duty to report',
   'Uppgiften ska lämnas enligt en skyldighet i lag, till exempel anmälan om oro för ett barn (SoL 14 kap. 1 §).',
   'The law requires the information to be disclosed, for example a report of concern for a child.', false, 5),
  ('general_clause', 'OSL 10:27', 'Generalklausulen', 'The general clause',
   'Intresset av att uppgiften lämnas har klart företräde framför det intresse sekretessen ska skydda.',
   'The interest in disclosing the information clearly outweighs the interest secrecy protects.', false, 6),
  ('crime_prevention_under_21', 'OSL 10:18 b', 'Brottsförebyggande samverkan kring unga under 21 år', 'Crime prevention for people under 21',
   'Uppgift om en person under 21 år lämnas i samverkan mellan socialtjänst, skola och polis för att förebygga brott.',
   'Information about a person under 21 shared between social services, school and police to prevent crime.', false, 7);
