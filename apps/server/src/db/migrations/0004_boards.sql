CREATE TYPE "public"."board_card_kind" AS ENUM('evidence', 'sticky');--> statement-breakpoint
CREATE TABLE "board_cards" (
	"board_id" uuid NOT NULL,
	"card_id" uuid NOT NULL,
	"kind" "board_card_kind" NOT NULL,
	"evidence_id" uuid,
	"group_id" uuid,
	"text" text NOT NULL,
	"language" text_language NOT NULL,
	"withdrawn" boolean DEFAULT false NOT NULL,
	CONSTRAINT "board_cards_board_id_card_id_pk" PRIMARY KEY("board_id","card_id")
);
--> statement-breakpoint
CREATE TABLE "board_groups" (
	"board_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"colour" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "board_groups_board_id_group_id_pk" PRIMARY KEY("board_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"state" "bytea" NOT NULL,
	"schema_version" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "board_cards" ADD CONSTRAINT "board_cards_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_cards" ADD CONSTRAINT "board_cards_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_groups" ADD CONSTRAINT "board_groups_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_cards_evidence_idx" ON "board_cards" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "boards_project_idx" ON "boards" USING btree ("project_id","created_at");