CREATE TYPE "membership_role" AS ENUM('admin', 'coordinator', 'member', 'overseer', 'partner');--> statement-breakpoint
CREATE TYPE "membership_status" AS ENUM('active', 'deactivated');--> statement-breakpoint
CREATE TABLE "membership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"status" "membership_status" DEFAULT 'active'::"membership_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"active_membership_id" uuid,
	"method" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "user_account" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"job_title" text,
	"work_phone" text,
	"password_hash" text,
	"is_platform_admin" boolean DEFAULT false NOT NULL,
	"deactivated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_account_email_shape" CHECK ("email" ~ '^[^@\s]+@[^@\s]+$')
);
--> statement-breakpoint
CREATE TABLE "user_identity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"organisation_id" uuid,
	"action" text NOT NULL,
	"record_type" text,
	"record_id" text,
	"request_id" text,
	"client_address" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE UNIQUE INDEX "membership_user_id_organisation_id_index" ON "membership" ("user_id","organisation_id");--> statement-breakpoint
CREATE INDEX "membership_organisation_id_index" ON "membership" ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_token_hash_index" ON "session" ("token_hash");--> statement-breakpoint
CREATE INDEX "session_user_id_index" ON "session" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_account_email_lower" ON "user_account" (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "user_identity_issuer_subject_index" ON "user_identity" ("issuer","subject");--> statement-breakpoint
CREATE INDEX "user_identity_user_id_index" ON "user_identity" ("user_id");--> statement-breakpoint
CREATE INDEX "audit_event_organisation_id_occurred_at_index" ON "audit_event" ("organisation_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_event_actor_user_id_occurred_at_index" ON "audit_event" ("actor_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_event_record_type_record_id_index" ON "audit_event" ("record_type","record_id");--> statement-breakpoint
CREATE INDEX "audit_event_action_occurred_at_index" ON "audit_event" ("action","occurred_at");--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_user_account_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_account_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_active_membership_id_membership_id_fkey" FOREIGN KEY ("active_membership_id") REFERENCES "membership"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_identity" ADD CONSTRAINT "user_identity_user_id_user_account_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE;