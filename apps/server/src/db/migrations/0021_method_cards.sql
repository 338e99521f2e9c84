CREATE TABLE "method_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"shipped_key" text,
	"language" text_language NOT NULL,
	"content" jsonb,
	"search" "tsvector",
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "method_cards_own_has_content" CHECK ("method_cards"."shipped_key" is not null or "method_cards"."content" is not null),
	CONSTRAINT "method_cards_search_with_content" CHECK (("method_cards"."search" is null) = ("method_cards"."content" is null))
);
--> statement-breakpoint
ALTER TABLE "method_cards" ADD CONSTRAINT "method_cards_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_cards" ADD CONSTRAINT "method_cards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_cards" ADD CONSTRAINT "method_cards_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "method_cards_copy_key" ON "method_cards" USING btree ("organisation_id","shipped_key","language");--> statement-breakpoint
CREATE INDEX "method_cards_organisation_idx" ON "method_cards" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "method_cards_search_idx" ON "method_cards" USING gin ("search");