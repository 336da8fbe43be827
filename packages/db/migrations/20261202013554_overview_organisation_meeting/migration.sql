CREATE TABLE "organisation_meeting" (
	"organisation_id" uuid,
	"meeting_id" uuid,
	"forum_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled" boolean NOT NULL,
	"attended" boolean,
	CONSTRAINT "organisation_meeting_pkey" PRIMARY KEY("organisation_id","meeting_id")
);
--> statement-breakpoint
ALTER TABLE "organisation_meeting" ADD CONSTRAINT "organisation_meeting_organisation_id_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "organisation_meeting" ADD CONSTRAINT "organisation_meeting_meeting_id_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE;