CREATE TYPE "activity_category" AS ENUM('summer_activity', 'summer_job', 'homework_help', 'sport', 'culture', 'open_youth_centre', 'other');--> statement-breakpoint
CREATE TYPE "activity_season" AS ENUM('spring', 'summer', 'autumn', 'winter', 'year_round');--> statement-breakpoint
CREATE TYPE "activity_status" AS ENUM('draft', 'pending_approval', 'published', 'cancelled', 'unpublished');--> statement-breakpoint
CREATE TYPE "referral_status" AS ENUM('sent', 'accepted', 'declined', 'started', 'ended');--> statement-breakpoint
CREATE TABLE "activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" "activity_category" NOT NULL,
	"min_age" integer NOT NULL,
	"max_age" integer NOT NULL,
	"municipality_code" char(4) NOT NULL,
	"place" text NOT NULL,
	"season" "activity_season" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"start_time" text,
	"duration_minutes" integer,
	"recurrence" text,
	"exception_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"cost_kronor" integer DEFAULT 0 NOT NULL,
	"cost_note" text,
	"sign_up" text NOT NULL,
	"sign_up_url" text,
	"capacity" integer,
	"places_left" integer,
	"languages" text[] DEFAULT '{sv}'::text[] NOT NULL,
	"accessibility" text,
	"contact_email" text,
	"contact_phone" text,
	"status" "activity_status" DEFAULT 'draft'::"activity_status" NOT NULL,
	"status_reason" text,
	"published_at" timestamp with time zone,
	"copied_from_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_age_range" CHECK ("min_age" between 0 and 30 and "max_age" between "min_age" and 30),
	CONSTRAINT "activity_dates" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "activity_cost" CHECK ("cost_kronor" >= 0),
	CONSTRAINT "activity_places" CHECK (("capacity" is null or "capacity" >= 0) and ("places_left" is null or ("places_left" >= 0 and ("capacity" is null or "places_left" <= "capacity"))))
);
--> statement-breakpoint
CREATE TABLE "activity_publisher" (
	"organisation_id" uuid,
	"municipality_code" char(4),
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_publisher_pkey" PRIMARY KEY("organisation_id","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"activity_id" uuid,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"age" integer,
	"contact_path" text NOT NULL,
	"message" text,
	"status" "referral_status" DEFAULT 'sent'::"referral_status" NOT NULL,
	"decline_reason" text,
	"end_note" text,
	"created_by_user_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "referral_age" CHECK ("age" is null or "age" between 0 and 120),
	CONSTRAINT "referral_declined_has_reason" CHECK (("status" = 'declined') = ("decline_reason" is not null))
);
--> statement-breakpoint
CREATE INDEX "activity_status_municipality_code_starts_on_index" ON "activity" ("status","municipality_code","starts_on");--> statement-breakpoint
CREATE INDEX "activity_organisation_id_status_index" ON "activity" ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "activity_updated_at_id_index" ON "activity" ("updated_at","id");--> statement-breakpoint
CREATE INDEX "activity_languages_gin" ON "activity" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "referral_to_organisation_id_status_index" ON "referral" ("to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "referral_case_id_index" ON "referral" ("case_id");--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_municipality_code_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code");--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_copied_from_id_activity_id_fkey" FOREIGN KEY ("copied_from_id") REFERENCES "activity"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_created_by_user_id_user_account_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "activity_publisher" ADD CONSTRAINT "activity_publisher_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "activity_publisher" ADD CONSTRAINT "activity_publisher_municipality_code_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code");--> statement-breakpoint
ALTER TABLE "activity_publisher" ADD CONSTRAINT "activity_publisher_approved_by_user_id_user_account_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_account"("id");--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_case_id_shared_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "shared_case"("id");--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_activity_id_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id");--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_from_organisation_id_organisation_id_fkey" FOREIGN KEY ("from_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_to_organisation_id_organisation_id_fkey" FOREIGN KEY ("to_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_created_by_user_id_user_account_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_account"("id");