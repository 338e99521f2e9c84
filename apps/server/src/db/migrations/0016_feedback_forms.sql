CREATE TYPE "public"."feedback_form_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "feedback_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"code" text NOT NULL,
	"status" "feedback_form_status" DEFAULT 'draft' NOT NULL,
	"languages" text[] NOT NULL,
	"title" jsonb NOT NULL,
	"intro" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"session_id" uuid NOT NULL,
	"respondent_prefix" text NOT NULL,
	"respondent_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_id" uuid NOT NULL,
	"nonce" text NOT NULL,
	"language" "locale" NOT NULL,
	"segment" text DEFAULT '' NOT NULL,
	"consent" boolean NOT NULL,
	"participant_id" uuid,
	"answers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_session_id_research_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."research_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_form_id_feedback_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."feedback_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_forms_code_key" ON "feedback_forms" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_forms_project_prefix_key" ON "feedback_forms" USING btree ("project_id","respondent_prefix");--> statement-breakpoint
CREATE INDEX "feedback_forms_project_idx" ON "feedback_forms" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_responses_form_nonce_key" ON "feedback_responses" USING btree ("form_id","nonce");--> statement-breakpoint
CREATE INDEX "feedback_responses_form_idx" ON "feedback_responses" USING btree ("form_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_responses_participant_idx" ON "feedback_responses" USING btree ("participant_id");--> statement-breakpoint
ALTER TABLE "test_rounds" ADD CONSTRAINT "test_rounds_form_id_feedback_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."feedback_forms"("id") ON DELETE set null ON UPDATE no action;