ALTER TABLE "imports" ADD COLUMN "job_id" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "settings" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "participant_count" integer;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "evidence_count" integer;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "problem" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;