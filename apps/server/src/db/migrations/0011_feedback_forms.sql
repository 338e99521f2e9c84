ALTER TABLE "feedback_forms" DROP CONSTRAINT "feedback_forms_session_id_research_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_session_id_research_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."research_sessions"("id") ON DELETE cascade ON UPDATE no action;