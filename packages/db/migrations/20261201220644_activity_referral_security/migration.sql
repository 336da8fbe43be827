-- Referrals carry a young person's alias, age and contact path from a case to the organisation
-- that receives them: row-level security, FORCEd like the case tables, shows a referral only to
-- the organisation that sent it, the one that receives it, and the case's lead.

-- Whether a case may be shared with an organisation now (which is what a referral does): consent
-- in force naming it, or a recorded disclosure basis towards it (never for civil society).
CREATE OR REPLACE FUNCTION samlad_case_shared_with(c uuid, org uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  select exists (
      select 1 from consent_organisation ko join consent k on k.id = ko.consent_id and k.case_id = ko.case_id
      where ko.case_id = c and ko.organisation_id = org
        and k.withdrawn_at is null and k.valid_from <= now()
        and (k.valid_until is null or k.valid_until > now()))
    or exists (
      select 1 from disclosure d join organisation o on o.id = d.organisation_id
      where d.case_id = c and d.organisation_id = org and d.revoked_at is null
        and (d.valid_until is null or d.valid_until > now()) and o.kind <> 'civil_society')
$$;
--> statement-breakpoint
ALTER FUNCTION samlad_case_shared_with(uuid, uuid) OWNER TO samlad_case_access;
--> statement-breakpoint
REVOKE ALL ON FUNCTION samlad_case_shared_with(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION samlad_case_shared_with(uuid, uuid) TO samlad_app;
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON referral, activity, activity_publisher FROM samlad_app;
--> statement-breakpoint
ALTER TABLE referral ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referral FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_read ON referral FOR SELECT TO samlad_app
  USING (from_organisation_id = samlad_org() OR to_organisation_id = samlad_org() OR samlad_case_lead(case_id));
--> statement-breakpoint
-- Sent from a case the sender takes part in, and only where the case may be shared with the receiver.
CREATE POLICY referral_send ON referral FOR INSERT TO samlad_app
  WITH CHECK (from_organisation_id = samlad_org() AND samlad_case_participant(case_id)
              AND samlad_case_shared_with(case_id, to_organisation_id));
--> statement-breakpoint
CREATE POLICY referral_answer ON referral FOR UPDATE TO samlad_app
  USING (to_organisation_id = samlad_org() OR from_organisation_id = samlad_org())
  WITH CHECK (to_organisation_id = samlad_org() OR from_organisation_id = samlad_org());
