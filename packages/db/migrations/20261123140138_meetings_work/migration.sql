CREATE TYPE "action_status" AS ENUM('open', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "poll_answer_value" AS ENUM('prefer', 'yes', 'no');--> statement-breakpoint
CREATE TYPE "poll_status" AS ENUM('open', 'booked', 'closed');--> statement-breakpoint
CREATE TYPE "rsvp_answer" AS ENUM('pending', 'accepted', 'tentative', 'declined');--> statement-breakpoint
CREATE TABLE "action_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"forum_id" uuid NOT NULL,
	"origin_meeting_id" uuid,
	"title" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"assignee_user_id" uuid,
	"due_date" date,
	"status" "action_status" DEFAULT 'open'::"action_status" NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_done_has_time" CHECK (("status" = 'done') = ("completed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "agenda_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"notes" text,
	"presenter_organisation_id" uuid,
	"duration_minutes" integer
);
--> statement-breakpoint
CREATE TABLE "calendar_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"token_hash" text NOT NULL,
	"user_id" uuid,
	"forum_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_token_owner" CHECK (("user_id" is null) <> ("forum_id" is null))
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_representative" (
	"forum_id" uuid,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"deputy" boolean DEFAULT false NOT NULL,
	CONSTRAINT "forum_representative_pkey" PRIMARY KEY("forum_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_invitee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"required" boolean DEFAULT true NOT NULL,
	"guest" boolean DEFAULT false NOT NULL,
	"deputy_user_id" uuid,
	"rsvp" "rsvp_answer" DEFAULT 'pending'::"rsvp_answer" NOT NULL,
	"rsvp_at" timestamp with time zone,
	"attended" boolean
);
--> statement-breakpoint
CREATE TABLE "poll_answer" (
	"candidate_id" uuid,
	"user_id" uuid,
	"answer" "poll_answer_value" NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poll_answer_pkey" PRIMARY KEY("candidate_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "poll_candidate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"poll_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "poll_candidate_ends_after_start" CHECK ("ends_at" > "starts_at")
);
--> statement-breakpoint
CREATE TABLE "scheduling_poll" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"forum_id" uuid NOT NULL,
	"title" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mode" "meeting_mode" NOT NULL,
	"place" text,
	"video_url" text,
	"status" "poll_status" DEFAULT 'open'::"poll_status" NOT NULL,
	"booked_meeting_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"forum_id" uuid NOT NULL,
	"title" text NOT NULL,
	"rule" text NOT NULL,
	"first_start" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mode" "meeting_mode" NOT NULL,
	"place" text,
	"video_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "series_id" uuid;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "original_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "minutes" text;--> statement-breakpoint
CREATE INDEX "action_item_owner_organisation_id_status_index" ON "action_item" ("owner_organisation_id","status");--> statement-breakpoint
CREATE INDEX "action_item_forum_id_status_index" ON "action_item" ("forum_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_item_meeting_id_position_index" ON "agenda_item" ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_token_token_hash_index" ON "calendar_token" ("token_hash");--> statement-breakpoint
CREATE INDEX "decision_meeting_id_index" ON "decision" ("meeting_id");--> statement-breakpoint
CREATE INDEX "forum_representative_organisation_id_index" ON "forum_representative" ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitee_unique" ON "meeting_invitee" ("meeting_id","organisation_id",coalesce("user_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "meeting_invitee_user_id_index" ON "meeting_invitee" ("user_id");--> statement-breakpoint
CREATE INDEX "meeting_invitee_organisation_id_index" ON "meeting_invitee" ("organisation_id");--> statement-breakpoint
CREATE INDEX "poll_candidate_poll_id_index" ON "poll_candidate" ("poll_id");--> statement-breakpoint
CREATE INDEX "meeting_series_id_index" ON "meeting" ("series_id");--> statement-breakpoint
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_forum_id_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_origin_meeting_id_meeting_id_fkey" FOREIGN KEY ("origin_meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_owner_organisation_id_organisation_id_fkey" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_assignee_user_id_user_account_id_fkey" FOREIGN KEY ("assignee_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_id_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_presenter_organisation_id_organisation_id_fkey" FOREIGN KEY ("presenter_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "calendar_token" ADD CONSTRAINT "calendar_token_user_id_user_account_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "calendar_token" ADD CONSTRAINT "calendar_token_forum_id_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_meeting_id_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_agenda_item_id_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "forum_representative" ADD CONSTRAINT "forum_representative_forum_id_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "forum_representative" ADD CONSTRAINT "forum_representative_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "forum_representative" ADD CONSTRAINT "forum_representative_user_id_user_account_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_meeting_id_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_user_id_user_account_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_deputy_user_id_user_account_id_fkey" FOREIGN KEY ("deputy_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "poll_answer" ADD CONSTRAINT "poll_answer_candidate_id_poll_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "poll_candidate"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "poll_answer" ADD CONSTRAINT "poll_answer_user_id_user_account_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "poll_candidate" ADD CONSTRAINT "poll_candidate_poll_id_scheduling_poll_id_fkey" FOREIGN KEY ("poll_id") REFERENCES "scheduling_poll"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "scheduling_poll" ADD CONSTRAINT "scheduling_poll_forum_id_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "scheduling_poll" ADD CONSTRAINT "scheduling_poll_booked_meeting_id_meeting_id_fkey" FOREIGN KEY ("booked_meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "scheduling_poll" ADD CONSTRAINT "scheduling_poll_created_by_user_id_user_account_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_series_id_meeting_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_forum_id_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_at_most_a_day" CHECK ("ends_at" - "starts_at" <= interval '24 hours');