CREATE TABLE "concept_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concept_id" uuid NOT NULL,
	"field" text NOT NULL,
	"position" integer NOT NULL,
	"item_id" uuid,
	"text" text NOT NULL,
	"language" text_language NOT NULL,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concept_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concept_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"insight_id" uuid,
	"journey_id" uuid,
	"persona_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concept_links_one_target" CHECK (num_nonnulls(insight_id, journey_id, persona_id) = 1)
);
--> statement-breakpoint
CREATE TABLE "concept_version_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kind" text NOT NULL,
	"insight_id" uuid,
	"journey_id" uuid,
	"persona_id" uuid,
	CONSTRAINT "concept_version_links_one_target" CHECK (num_nonnulls(insight_id, journey_id, persona_id) = 1)
);
--> statement-breakpoint
CREATE TABLE "concept_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concept_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"reason" text NOT NULL,
	"frozen_by" uuid,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concepts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"language" text_language DEFAULT 'fi' NOT NULL,
	"state" "bytea" NOT NULL,
	"schema_version" integer NOT NULL,
	"draft_number" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concept_fields" ADD CONSTRAINT "concept_fields_concept_id_concepts_id_fk" FOREIGN KEY ("concept_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_links" ADD CONSTRAINT "concept_links_concept_id_concepts_id_fk" FOREIGN KEY ("concept_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_links" ADD CONSTRAINT "concept_links_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_links" ADD CONSTRAINT "concept_links_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_links" ADD CONSTRAINT "concept_links_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_links" ADD CONSTRAINT "concept_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_version_links" ADD CONSTRAINT "concept_version_links_version_id_concept_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."concept_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_version_links" ADD CONSTRAINT "concept_version_links_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_version_links" ADD CONSTRAINT "concept_version_links_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_version_links" ADD CONSTRAINT "concept_version_links_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_versions" ADD CONSTRAINT "concept_versions_concept_id_concepts_id_fk" FOREIGN KEY ("concept_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_versions" ADD CONSTRAINT "concept_versions_frozen_by_users_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concepts" ADD CONSTRAINT "concepts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concepts" ADD CONSTRAINT "concepts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "concept_fields_position_idx" ON "concept_fields" USING btree ("concept_id","field","position");--> statement-breakpoint
CREATE INDEX "concept_fields_search_idx" ON "concept_fields" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "concept_links_insight_idx" ON "concept_links" USING btree ("concept_id","insight_id");--> statement-breakpoint
CREATE UNIQUE INDEX "concept_links_journey_idx" ON "concept_links" USING btree ("concept_id","journey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "concept_links_persona_idx" ON "concept_links" USING btree ("concept_id","persona_id");--> statement-breakpoint
CREATE INDEX "concept_links_insight_target_idx" ON "concept_links" USING btree ("insight_id");--> statement-breakpoint
CREATE INDEX "concept_links_journey_target_idx" ON "concept_links" USING btree ("journey_id");--> statement-breakpoint
CREATE INDEX "concept_links_persona_target_idx" ON "concept_links" USING btree ("persona_id");--> statement-breakpoint
CREATE INDEX "concept_version_links_version_idx" ON "concept_version_links" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "concept_version_links_insight_idx" ON "concept_version_links" USING btree ("insight_id");--> statement-breakpoint
CREATE INDEX "concept_version_links_journey_idx" ON "concept_version_links" USING btree ("journey_id");--> statement-breakpoint
CREATE INDEX "concept_version_links_persona_idx" ON "concept_version_links" USING btree ("persona_id");--> statement-breakpoint
CREATE UNIQUE INDEX "concept_versions_number_idx" ON "concept_versions" USING btree ("concept_id","number");--> statement-breakpoint
CREATE INDEX "concepts_project_idx" ON "concepts" USING btree ("project_id","created_at");