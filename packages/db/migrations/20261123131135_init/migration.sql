CREATE TYPE "forum_level" AS ENUM('local', 'municipal', 'regional', 'county');--> statement-breakpoint
CREATE TYPE "forum_status" AS ENUM('active', 'paused', 'merged', 'closed');--> statement-breakpoint
CREATE TYPE "forum_theme" AS ENUM('work_and_education', 'integration', 'crime_prevention', 'violence_in_close_relationships', 'children_and_young_people', 'mental_health', 'substance_use', 'public_health', 'safety');--> statement-breakpoint
CREATE TYPE "meeting_mode" AS ENUM('in_person', 'digital', 'hybrid');--> statement-breakpoint
CREATE TYPE "meeting_status" AS ENUM('scheduled', 'cancelled', 'held');--> statement-breakpoint
CREATE TYPE "organisation_kind" AS ENUM('municipality', 'region', 'police', 'employment_service', 'county_board', 'school', 'civil_society', 'other');--> statement-breakpoint
CREATE TABLE "forum" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"themes" "forum_theme"[] DEFAULT '{}'::"forum_theme"[] NOT NULL,
	"level" "forum_level" NOT NULL,
	"county_code" char(2) NOT NULL,
	"municipality_code" char(4),
	"host_organisation_id" uuid NOT NULL,
	"meetings_per_year" integer NOT NULL,
	"status" "forum_status" DEFAULT 'active'::"forum_status" NOT NULL,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_cadence_range" CHECK ("meetings_per_year" between 0 and 365),
	CONSTRAINT "forum_merged_has_target" CHECK (("status" = 'merged') = ("merged_into_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "forum_member" (
	"forum_id" uuid,
	"organisation_id" uuid,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_member_pkey" PRIMARY KEY("forum_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"forum_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" "meeting_mode" NOT NULL,
	"place" text,
	"video_url" text,
	"status" "meeting_status" DEFAULT 'scheduled'::"meeting_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_ends_after_start" CHECK ("ends_at" > "starts_at")
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"parent_id" uuid,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"county_code" char(2) NOT NULL,
	"municipality_code" char(4),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "county" (
	"code" char(2) PRIMARY KEY,
	"name" text NOT NULL,
	"short_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"code" char(4) PRIMARY KEY,
	"name" text NOT NULL,
	"county_code" char(2) NOT NULL
);
--> statement-breakpoint
CREATE INDEX "forum_county_code_index" ON "forum" ("county_code");--> statement-breakpoint
CREATE INDEX "forum_host_organisation_id_index" ON "forum" ("host_organisation_id");--> statement-breakpoint
CREATE INDEX "forum_themes_gin" ON "forum" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "forum_member_organisation_id_index" ON "forum_member" ("organisation_id");--> statement-breakpoint
CREATE INDEX "meeting_forum_id_starts_at_index" ON "meeting" ("forum_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_starts_at_index" ON "meeting" ("starts_at");--> statement-breakpoint
CREATE INDEX "organisation_county_code_kind_index" ON "organisation" ("county_code","kind");--> statement-breakpoint
CREATE INDEX "organisation_municipality_code_index" ON "organisation" ("municipality_code");--> statement-breakpoint
CREATE INDEX "organisation_parent_id_index" ON "organisation" ("parent_id");--> statement-breakpoint
ALTER TABLE "forum" ADD CONSTRAINT "forum_county_code_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "county"("code");--> statement-breakpoint
ALTER TABLE "forum" ADD CONSTRAINT "forum_municipality_code_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code");--> statement-breakpoint
ALTER TABLE "forum" ADD CONSTRAINT "forum_host_organisation_id_organisation_id_fkey" FOREIGN KEY ("host_organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "forum" ADD CONSTRAINT "forum_merged_into_id_forum_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "forum"("id");--> statement-breakpoint
ALTER TABLE "forum_member" ADD CONSTRAINT "forum_member_forum_id_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "forum_member" ADD CONSTRAINT "forum_member_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_forum_id_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_parent_id_organisation_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organisation"("id");--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_county_code_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "county"("code");--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_municipality_code_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code");--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_county_code_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "county"("code");