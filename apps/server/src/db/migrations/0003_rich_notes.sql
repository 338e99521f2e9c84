ALTER TABLE "evidence" DROP CONSTRAINT "evidence_note_range";--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "content" jsonb;--> statement-breakpoint
CREATE TEMPORARY TABLE "crlf_notes" AS SELECT "id" FROM "notes" WHERE position(E'\r' in "body") > 0;--> statement-breakpoint
-- Plain-text notes become rich text of one paragraph a line, whose projection is the body with
-- "\r\n" as one line break. Evidence offsets into such a note move back by one for each "\r\n"
-- before them; a passage that then does not read the same (offsets here count code points, the
-- application's count UTF-16 units) keeps its text but no longer points into the note.
UPDATE "evidence" AS e SET
  "note_start" = e."note_start" - (length(substr(n."body", 1, e."note_start")) - length(replace(substr(n."body", 1, e."note_start"), E'\r\n', E'\n'))),
  "note_end" = e."note_end" - (length(substr(n."body", 1, e."note_end")) - length(replace(substr(n."body", 1, e."note_end"), E'\r\n', E'\n')))
FROM "notes" AS n
WHERE e."note_id" = n."id" AND e."note_start" IS NOT NULL AND n."id" IN (SELECT "id" FROM "crlf_notes");--> statement-breakpoint
UPDATE "notes" SET
  "body" = x."body",
  "content" = jsonb_build_object('type', 'doc', 'content', (
    SELECT jsonb_agg(
      CASE WHEN l."line" = '' THEN jsonb_build_object('type', 'paragraph')
      ELSE jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', l."line")))
      END ORDER BY l."ordinality")
    FROM regexp_split_to_table(x."body", E'\n') WITH ORDINALITY AS l("line", "ordinality")
  ))
FROM (
  SELECT "id", regexp_replace(replace(replace("body", E'\r\n', E'\n'), E'\r', E'\n'), '[\x01-\x08\x0b-\x1f\x7f]', ' ', 'g') AS "body"
  FROM "notes"
) AS x
WHERE "notes"."id" = x."id";--> statement-breakpoint
UPDATE "evidence" AS e SET "note_start" = NULL, "note_end" = NULL
FROM "notes" AS n
WHERE e."note_id" = n."id" AND e."note_start" IS NOT NULL AND n."id" IN (SELECT "id" FROM "crlf_notes")
  AND substr(n."body", e."note_start" + 1, e."note_end" - e."note_start") <> e."text";--> statement-breakpoint
DROP TABLE "crlf_notes";--> statement-breakpoint
ALTER TABLE "notes" ALTER COLUMN "content" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_note_range" CHECK (("evidence"."note_id" is null) or ("evidence"."note_start" is null and "evidence"."note_end" is null) or ("evidence"."note_start" >= 0 and "evidence"."note_end" > "evidence"."note_start"));
