CREATE TABLE "journey_cells" (
	"journey_id" uuid NOT NULL,
	"lane_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"text" text NOT NULL,
	"emotion" smallint,
	"language" text_language NOT NULL,
	"search" "tsvector" NOT NULL,
	CONSTRAINT "journey_cells_journey_id_lane_id_stage_id_pk" PRIMARY KEY("journey_id","lane_id","stage_id")
);
--> statement-breakpoint
CREATE TABLE "journey_citations" (
	"journey_id" uuid NOT NULL,
	"lane_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"evidence_id" uuid,
	"insight_id" uuid,
	CONSTRAINT "journey_citations_journey_id_lane_id_stage_id_position_pk" PRIMARY KEY("journey_id","lane_id","stage_id","position")
);
--> statement-breakpoint
CREATE TABLE "journey_lanes" (
	"journey_id" uuid NOT NULL,
	"lane_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "journey_lanes_journey_id_lane_id_pk" PRIMARY KEY("journey_id","lane_id")
);
--> statement-breakpoint
CREATE TABLE "journey_stages" (
	"journey_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "journey_stages_journey_id_stage_id_pk" PRIMARY KEY("journey_id","stage_id")
);
--> statement-breakpoint
CREATE TABLE "journeys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"persona_id" uuid,
	"copied_from" uuid,
	"language" text_language DEFAULT 'fi' NOT NULL,
	"state" "bytea" NOT NULL,
	"schema_version" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "journey_cells" ADD CONSTRAINT "journey_cells_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_citations" ADD CONSTRAINT "journey_citations_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_citations" ADD CONSTRAINT "journey_citations_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_citations" ADD CONSTRAINT "journey_citations_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_lanes" ADD CONSTRAINT "journey_lanes_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_stages" ADD CONSTRAINT "journey_stages_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_copied_from_journeys_id_fk" FOREIGN KEY ("copied_from") REFERENCES "public"."journeys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journey_cells_search_idx" ON "journey_cells" USING gin ("search");--> statement-breakpoint
CREATE INDEX "journey_citations_evidence_idx" ON "journey_citations" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "journey_citations_insight_idx" ON "journey_citations" USING btree ("insight_id");--> statement-breakpoint
CREATE INDEX "journeys_project_idx" ON "journeys" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "journeys_persona_idx" ON "journeys" USING btree ("persona_id");