ALTER TABLE "ideas" ADD COLUMN "language" text_language DEFAULT 'fi' NOT NULL;--> statement-breakpoint
-- Ideas written before get Snowball's Finnish vector of their text; `npm run admin -- rebuild-search`
-- adds Voikko's lemmas and compound parts.
ALTER TABLE "ideas" ADD COLUMN "search" "tsvector";--> statement-breakpoint
UPDATE "ideas" SET "search" = setweight(to_tsvector('finnish', "text"), 'A');--> statement-breakpoint
ALTER TABLE "ideas" ALTER COLUMN "search" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "ideas_search_idx" ON "ideas" USING gin ("search");
