CREATE TYPE "case_feedback_about" AS ENUM('plan', 'meeting');--> statement-breakpoint
CREATE TYPE "case_plan_action_status" AS ENUM('open', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "case_request_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "case_scope" AS ENUM('identity', 'notes', 'plan');--> statement-breakpoint
CREATE TYPE "case_status" AS ENUM('open', 'active', 'follow_up', 'closed');--> statement-breakpoint
CREATE TYPE "case_subject_kind" AS ENUM('person', 'family', 'place', 'topic');--> statement-breakpoint
CREATE TYPE "consent_form" AS ENUM('written', 'oral', 'digital');--> statement-breakpoint
CREATE TYPE "consent_given_by" AS ENUM('person', 'guardians', 'guardians_and_child');--> statement-breakpoint
CREATE TABLE "case_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"about" "case_feedback_about" NOT NULL,
	"meeting_id" uuid,
	"body" text NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_by_organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_feedback_meeting" CHECK (("about" = 'meeting') = ("meeting_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_guardian" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"full_name" text NOT NULL,
	"personal_identity_number" char(12),
	"phone" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "case_join_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" "case_request_status" DEFAULT 'pending'::"case_request_status" NOT NULL,
	"requested_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "case_lead_transfer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"status" "case_request_status" DEFAULT 'pending'::"case_request_status" NOT NULL,
	"reason" text,
	"requested_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "case_lead_transfer_not_to_itself" CHECK ("from_organisation_id" <> "to_organisation_id")
);
--> statement-breakpoint
CREATE TABLE "case_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_organisation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_note_visibility" (
	"note_id" uuid,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid,
	CONSTRAINT "case_note_visibility_pkey" PRIMARY KEY("note_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "case_participant" (
	"case_id" uuid,
	"organisation_id" uuid,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_participant_pkey" PRIMARY KEY("case_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "case_plan" (
	"case_id" uuid PRIMARY KEY,
	"needs" text DEFAULT '' NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"goals_in_own_words" text DEFAULT '' NOT NULL,
	"overall_responsible_organisation_id" uuid,
	"follow_up_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_plan_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"due_on" date,
	"status" "case_plan_action_status" DEFAULT 'open'::"case_plan_action_status" NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_plan_action_done_has_time" CHECK (("status" = 'done') = ("completed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_plan_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"saved_by_user_id" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reference_counter" (
	"prefix" text,
	"year" integer,
	"last_number" integer NOT NULL,
	CONSTRAINT "case_reference_counter_pkey" PRIMARY KEY("prefix","year")
);
--> statement-breakpoint
CREATE TABLE "case_subject" (
	"case_id" uuid PRIMARY KEY,
	"lead_organisation_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"personal_identity_number" char(12),
	"phone" text,
	"email" text,
	"address" text,
	"municipality_of_residence_code" char(4),
	"protected_identity" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_subject_protected_has_no_location" CHECK (not "protected_identity" or ("address" is null and "municipality_of_residence_code" is null))
);
--> statement-breakpoint
CREATE TABLE "consent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"given_by" "consent_given_by" NOT NULL,
	"purpose" text NOT NULL,
	"scopes" "case_scope"[] NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"form" "consent_form" NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_by_organisation_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_user_id" uuid,
	"withdrawal_note" text,
	CONSTRAINT "consent_until_after_from" CHECK ("valid_until" is null or "valid_until" > "valid_from"),
	CONSTRAINT "consent_has_scope" CHECK (cardinality("scopes") > 0)
);
--> statement-breakpoint
CREATE TABLE "consent_organisation" (
	"consent_id" uuid,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid,
	CONSTRAINT "consent_organisation_pkey" PRIMARY KEY("consent_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "disclosure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"basis_code" text NOT NULL,
	"scopes" "case_scope"[] NOT NULL,
	"reason" text NOT NULL,
	"valid_until" timestamp with time zone,
	"recorded_by_user_id" uuid,
	"recorded_by_organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" uuid,
	CONSTRAINT "disclosure_has_scope" CHECK (cardinality("scopes") > 0)
);
--> statement-breakpoint
CREATE TABLE "disclosure_basis" (
	"code" text PRIMARY KEY,
	"law_reference" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"description_sv" text NOT NULL,
	"description_en" text NOT NULL,
	"is_consent" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shared_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"reference" text NOT NULL,
	"subject_kind" "case_subject_kind" NOT NULL,
	"status" "case_status" DEFAULT 'open'::"case_status" NOT NULL,
	"themes" "forum_theme"[] DEFAULT '{}'::"forum_theme"[] NOT NULL,
	"summary" text NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"forum_id" uuid,
	"next_follow_up_on" date,
	"identified" boolean DEFAULT false NOT NULL,
	"protected_identity" boolean DEFAULT false NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "shared_case_closed_has_time" CHECK (("status" = 'closed') = ("closed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "agenda_item" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "case_id" uuid;--> statement-breakpoint
CREATE INDEX "case_feedback_case_id_created_at_index" ON "case_feedback" ("case_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_guardian_case_id_position_index" ON "case_guardian" ("case_id","position");--> statement-breakpoint
CREATE INDEX "case_join_request_case_id_index" ON "case_join_request" ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_join_request_one_pending" ON "case_join_request" ("case_id","organisation_id") WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX "case_lead_transfer_case_id_index" ON "case_lead_transfer" ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_lead_transfer_one_pending" ON "case_lead_transfer" ("case_id") WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX "case_note_case_id_created_at_index" ON "case_note" ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_note_visibility_case_id_organisation_id_index" ON "case_note_visibility" ("case_id","organisation_id");--> statement-breakpoint
CREATE INDEX "case_participant_organisation_id_index" ON "case_participant" ("organisation_id");--> statement-breakpoint
CREATE INDEX "case_plan_action_case_id_index" ON "case_plan_action" ("case_id");--> statement-breakpoint
CREATE INDEX "case_plan_action_organisation_id_status_index" ON "case_plan_action" ("organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "case_plan_version_case_id_version_index" ON "case_plan_version" ("case_id","version");--> statement-breakpoint
CREATE INDEX "case_subject_lead_organisation_id_personal_identity_number_index" ON "case_subject" ("lead_organisation_id","personal_identity_number");--> statement-breakpoint
CREATE INDEX "consent_case_id_index" ON "consent" ("case_id");--> statement-breakpoint
CREATE INDEX "consent_organisation_case_id_organisation_id_index" ON "consent_organisation" ("case_id","organisation_id");--> statement-breakpoint
CREATE INDEX "disclosure_case_id_organisation_id_index" ON "disclosure" ("case_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shared_case_reference_index" ON "shared_case" ("reference");--> statement-breakpoint
CREATE INDEX "shared_case_lead_organisation_id_status_index" ON "shared_case" ("lead_organisation_id","status");--> statement-breakpoint
CREATE INDEX "shared_case_forum_id_next_follow_up_on_index" ON "shared_case" ("forum_id","next_follow_up_on");--> statement-breakpoint
CREATE INDEX "agenda_item_case_id_index" ON "agenda_item" ("case_id");--> statement-breakpoint
CREATE INDEX "meeting_case_id_index" ON "meeting" ("case_id");--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_recorded_by_user_id_user_account_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_recorded_by_organisation_id_organisation_id_fkey" FOREIGN KEY ("recorded_by_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_guardian" ADD CONSTRAINT "case_guardian_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_join_request" ADD CONSTRAINT "case_join_request_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_join_request" ADD CONSTRAINT "case_join_request_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_join_request" ADD CONSTRAINT "case_join_request_requested_by_user_id_user_account_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "case_join_request" ADD CONSTRAINT "case_join_request_decided_by_user_id_user_account_id_fkey" FOREIGN KEY ("decided_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "case_lead_transfer" ADD CONSTRAINT "case_lead_transfer_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_lead_transfer" ADD CONSTRAINT "case_lead_transfer_from_organisation_id_organisation_id_fkey" FOREIGN KEY ("from_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_lead_transfer" ADD CONSTRAINT "case_lead_transfer_to_organisation_id_organisation_id_fkey" FOREIGN KEY ("to_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_lead_transfer" ADD CONSTRAINT "case_lead_transfer_requested_by_user_id_user_account_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "case_lead_transfer" ADD CONSTRAINT "case_lead_transfer_decided_by_user_id_user_account_id_fkey" FOREIGN KEY ("decided_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_author_user_id_user_account_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_author_organisation_id_organisation_id_fkey" FOREIGN KEY ("author_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_note_visibility" ADD CONSTRAINT "case_note_visibility_note_id_case_note_id_fkey" FOREIGN KEY ("note_id") REFERENCES "case_note"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_note_visibility" ADD CONSTRAINT "case_note_visibility_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_note_visibility" ADD CONSTRAINT "case_note_visibility_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_participant" ADD CONSTRAINT "case_participant_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_participant" ADD CONSTRAINT "case_participant_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_plan" ADD CONSTRAINT "case_plan_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_plan" ADD CONSTRAINT "case_plan_2IdAL6L6vzL9_fkey" FOREIGN KEY ("overall_responsible_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_plan" ADD CONSTRAINT "case_plan_updated_by_user_id_user_account_id_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "case_plan_action" ADD CONSTRAINT "case_plan_action_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_plan_action" ADD CONSTRAINT "case_plan_action_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_plan_version" ADD CONSTRAINT "case_plan_version_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_plan_version" ADD CONSTRAINT "case_plan_version_saved_by_user_id_user_account_id_fkey" FOREIGN KEY ("saved_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "case_subject" ADD CONSTRAINT "case_subject_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_subject" ADD CONSTRAINT "case_subject_lead_organisation_id_organisation_id_fkey" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_subject" ADD CONSTRAINT "case_subject_AEt2hVEHTWDi_fkey" FOREIGN KEY ("municipality_of_residence_code") REFERENCES "municipality"("code");--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_recorded_by_user_id_user_account_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_recorded_by_organisation_id_organisation_id_fkey" FOREIGN KEY ("recorded_by_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_withdrawn_by_user_id_user_account_id_fkey" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "consent_organisation" ADD CONSTRAINT "consent_organisation_consent_id_consent_id_fkey" FOREIGN KEY ("consent_id") REFERENCES "consent"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "consent_organisation" ADD CONSTRAINT "consent_organisation_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "consent_organisation" ADD CONSTRAINT "consent_organisation_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_basis_code_disclosure_basis_code_fkey" FOREIGN KEY ("basis_code") REFERENCES "disclosure_basis"("code");--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_recorded_by_user_id_user_account_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_recorded_by_organisation_id_organisation_id_fkey" FOREIGN KEY ("recorded_by_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_revoked_by_user_id_user_account_id_fkey" FOREIGN KEY ("revoked_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "shared_case" ADD CONSTRAINT "shared_case_lead_organisation_id_organisation_id_fkey" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "shared_case" ADD CONSTRAINT "shared_case_forum_id_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id");--> statement-breakpoint
ALTER TABLE "shared_case" ADD CONSTRAINT "shared_case_created_by_user_id_user_account_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE SET NULL;