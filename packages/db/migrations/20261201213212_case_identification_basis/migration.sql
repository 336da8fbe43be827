ALTER TABLE "shared_case" ADD COLUMN "identification_basis_code" text;--> statement-breakpoint
ALTER TABLE "shared_case" ADD COLUMN "identification_reason" text;--> statement-breakpoint
ALTER TABLE "shared_case" ADD CONSTRAINT "shared_case_XIFKIiRCL3PR_fkey" FOREIGN KEY ("identification_basis_code") REFERENCES "disclosure_basis"("code");--> statement-breakpoint
ALTER TABLE "shared_case" ADD CONSTRAINT "shared_case_basis_has_reason" CHECK (("identification_basis_code" is null) = ("identification_reason" is null));