ALTER TYPE "public"."board_card_kind" ADD VALUE 'idea';--> statement-breakpoint
ALTER TABLE "board_cards" ADD COLUMN "idea_id" uuid;--> statement-breakpoint
ALTER TABLE "board_cards" ADD CONSTRAINT "board_cards_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_cards_idea_idx" ON "board_cards" USING btree ("idea_id");