DROP INDEX "case_participant_organisation_id_index";--> statement-breakpoint
CREATE INDEX "case_participant_organisation_id_case_id_index" ON "case_participant" ("organisation_id","case_id");