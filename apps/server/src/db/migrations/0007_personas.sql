CREATE TABLE "persona_citations" (
	"persona_id" uuid NOT NULL,
	"field" text NOT NULL,
	"evidence_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "persona_citations_persona_id_field_evidence_id_pk" PRIMARY KEY("persona_id","field","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "personas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"avatar_icon" text,
	"segment" text DEFAULT '' NOT NULL,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"goals" text[] DEFAULT '{}'::text[] NOT NULL,
	"frustrations" text[] DEFAULT '{}'::text[] NOT NULL,
	"quote" text DEFAULT '' NOT NULL,
	"story" text DEFAULT '' NOT NULL,
	"language" text_language DEFAULT 'fi' NOT NULL,
	"search" "tsvector" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "persona_citations" ADD CONSTRAINT "persona_citations_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persona_citations" ADD CONSTRAINT "persona_citations_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "persona_citations_evidence_idx" ON "persona_citations" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "personas_project_idx" ON "personas" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "personas_search_idx" ON "personas" USING gin ("search");