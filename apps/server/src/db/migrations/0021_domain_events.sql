CREATE TABLE "domain_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"origin" uuid NOT NULL,
	"event" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "domain_events_created_idx" ON "domain_events" USING btree ("created_at");