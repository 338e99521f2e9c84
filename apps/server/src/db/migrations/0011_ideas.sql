CREATE TYPE "public"."idea_status" AS ENUM('open', 'picked');--> statement-breakpoint
CREATE TYPE "public"."sketch_type" AS ENUM('image/png', 'image/jpeg', 'image/webp');--> statement-breakpoint
CREATE TYPE "public"."voting_round_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"insight_id" uuid,
	"text" text NOT NULL,
	"status" "idea_status" DEFAULT 'open' NOT NULL,
	"sketch_id" uuid,
	"sketch_type" "sketch_type",
	"sketch_bytes" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ideas_sketch_whole" CHECK (("ideas"."sketch_id" is null) = ("ideas"."sketch_type" is null) and ("ideas"."sketch_id" is null) = ("ideas"."sketch_bytes" is null))
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"round_id" uuid NOT NULL,
	"voter_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"dots" smallint NOT NULL,
	CONSTRAINT "votes_round_id_voter_id_idea_id_pk" PRIMARY KEY("round_id","voter_id","idea_id"),
	CONSTRAINT "votes_dots" CHECK ("votes"."dots" between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "voting_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"insight_id" uuid,
	"title" text NOT NULL,
	"budget" smallint NOT NULL,
	"allow_stacking" boolean NOT NULL,
	"hide_authors" boolean NOT NULL,
	"status" "voting_round_status" DEFAULT 'open' NOT NULL,
	"opened_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "voting_rounds_budget" CHECK ("voting_rounds"."budget" between 1 and 20)
);
--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_round_id_voting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."voting_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_voter_id_users_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voting_rounds" ADD CONSTRAINT "voting_rounds_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voting_rounds" ADD CONSTRAINT "voting_rounds_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voting_rounds" ADD CONSTRAINT "voting_rounds_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ideas_project_idx" ON "ideas" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "ideas_insight_idx" ON "ideas" USING btree ("insight_id");--> statement-breakpoint
CREATE INDEX "votes_idea_idx" ON "votes" USING btree ("idea_id");--> statement-breakpoint
CREATE INDEX "voting_rounds_project_idx" ON "voting_rounds" USING btree ("project_id","created_at");