CREATE TABLE "test_finding_evidence" (
	"hypothesis_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "test_finding_evidence_hypothesis_id_evidence_id_pk" PRIMARY KEY("hypothesis_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "test_hypotheses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"belief" text NOT NULL,
	"signal" text NOT NULL,
	"result" text,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_recruit_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"segment" text NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"concept_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"title" text NOT NULL,
	"method" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"learning_goals" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"session_id" uuid,
	"form_id" uuid,
	"next_version_number" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "test_rounds_dates" CHECK ("test_rounds"."ends_on" is null or "test_rounds"."starts_on" is null or "test_rounds"."ends_on" >= "test_rounds"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "test_finding_evidence" ADD CONSTRAINT "test_finding_evidence_hypothesis_id_test_hypotheses_id_fk" FOREIGN KEY ("hypothesis_id") REFERENCES "public"."test_hypotheses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_finding_evidence" ADD CONSTRAINT "test_finding_evidence_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_hypotheses" ADD CONSTRAINT "test_hypotheses_round_id_test_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."test_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_recruit_targets" ADD CONSTRAINT "test_recruit_targets_round_id_test_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."test_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_rounds" ADD CONSTRAINT "test_rounds_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_rounds" ADD CONSTRAINT "test_rounds_concept_id_concepts_id_fk" FOREIGN KEY ("concept_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_rounds" ADD CONSTRAINT "test_rounds_session_id_research_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."research_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_rounds" ADD CONSTRAINT "test_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "test_finding_evidence_evidence_idx" ON "test_finding_evidence" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "test_hypotheses_round_idx" ON "test_hypotheses" USING btree ("round_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "test_recruit_targets_position_idx" ON "test_recruit_targets" USING btree ("round_id","position");--> statement-breakpoint
CREATE INDEX "test_rounds_concept_idx" ON "test_rounds" USING btree ("concept_id","version_number","created_at");--> statement-breakpoint
CREATE INDEX "test_rounds_session_idx" ON "test_rounds" USING btree ("session_id");