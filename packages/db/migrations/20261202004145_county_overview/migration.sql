CREATE TYPE "merge_proposal_status" AS ENUM('open', 'agreed', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TABLE "case_follow_up" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date NOT NULL,
	"recorded_by_organisation_id" uuid NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_merge_answer" (
	"proposal_id" uuid,
	"organisation_id" uuid,
	"agrees" boolean NOT NULL,
	"comment" text,
	"answered_by_user_id" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_merge_answer_pkey" PRIMARY KEY("proposal_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "forum_merge_proposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"county_code" char(2) NOT NULL,
	"forum_a_id" uuid NOT NULL,
	"forum_b_id" uuid NOT NULL,
	"proposed_by_organisation_id" uuid NOT NULL,
	"proposed_by_user_id" uuid,
	"message" text,
	"score" real NOT NULL,
	"shared_member_count" smallint NOT NULL,
	"hours_saved_per_year" real NOT NULL,
	"status" "merge_proposal_status" DEFAULT 'open'::"merge_proposal_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "forum_merge_proposal_two_forums" CHECK ("forum_a_id" <> "forum_b_id"),
	CONSTRAINT "forum_merge_proposal_decided" CHECK (("status" = 'open') = ("decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "meeting_pulse_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"usefulness" smallint NOT NULL,
	"trust" smallint NOT NULL,
	CONSTRAINT "meeting_pulse_usefulness_scale" CHECK ("usefulness" between 1 and 4),
	CONSTRAINT "meeting_pulse_trust_scale" CHECK ("trust" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "meeting_pulse_response" (
	"meeting_id" uuid,
	"user_id" uuid,
	CONSTRAINT "meeting_pulse_response_pkey" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE INDEX "case_follow_up_case_id_due_on_index" ON "case_follow_up" ("case_id","due_on");--> statement-breakpoint
CREATE INDEX "forum_merge_proposal_county_code_status_index" ON "forum_merge_proposal" ("county_code","status");--> statement-breakpoint
CREATE INDEX "forum_merge_proposal_forum_a_id_index" ON "forum_merge_proposal" ("forum_a_id");--> statement-breakpoint
CREATE INDEX "forum_merge_proposal_forum_b_id_index" ON "forum_merge_proposal" ("forum_b_id");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_merge_proposal_open_pair" ON "forum_merge_proposal" (least("forum_a_id", "forum_b_id"),greatest("forum_a_id", "forum_b_id")) WHERE "status" = 'open';--> statement-breakpoint
CREATE INDEX "meeting_pulse_answer_meeting_id_index" ON "meeting_pulse_answer" ("meeting_id");--> statement-breakpoint
ALTER TABLE "case_follow_up" ADD CONSTRAINT "case_follow_up_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "case_follow_up" ADD CONSTRAINT "case_follow_up_recorded_by_organisation_id_organisation_id_fkey" FOREIGN KEY ("recorded_by_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "case_follow_up" ADD CONSTRAINT "case_follow_up_recorded_by_user_id_user_account_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "forum_merge_answer" ADD CONSTRAINT "forum_merge_answer_proposal_id_forum_merge_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "forum_merge_proposal"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "forum_merge_answer" ADD CONSTRAINT "forum_merge_answer_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "forum_merge_answer" ADD CONSTRAINT "forum_merge_answer_answered_by_user_id_user_account_id_fkey" FOREIGN KEY ("answered_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "forum_merge_proposal" ADD CONSTRAINT "forum_merge_proposal_county_code_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "county"("code");--> statement-breakpoint
ALTER TABLE "forum_merge_proposal" ADD CONSTRAINT "forum_merge_proposal_forum_a_id_forum_id_fkey" FOREIGN KEY ("forum_a_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "forum_merge_proposal" ADD CONSTRAINT "forum_merge_proposal_forum_b_id_forum_id_fkey" FOREIGN KEY ("forum_b_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "forum_merge_proposal" ADD CONSTRAINT "forum_merge_proposal_o0GqlgCrxfDq_fkey" FOREIGN KEY ("proposed_by_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "forum_merge_proposal" ADD CONSTRAINT "forum_merge_proposal_proposed_by_user_id_user_account_id_fkey" FOREIGN KEY ("proposed_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "meeting_pulse_answer" ADD CONSTRAINT "meeting_pulse_answer_meeting_id_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_pulse_response" ADD CONSTRAINT "meeting_pulse_response_meeting_id_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_pulse_response" ADD CONSTRAINT "meeting_pulse_response_user_id_user_account_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE;