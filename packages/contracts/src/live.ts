import { z } from 'zod';
import { BOARD_SCHEMA_VERSION, boardIdOf } from './board.ts';
import { CONCEPT_SCHEMA_VERSION, conceptIdOf } from './concepts.ts';
import { JOURNEY_SCHEMA_VERSION, journeyIdOf } from './journey.ts';

/*
 * What a client tells the server when it opens a live document, as the Hocuspocus token (the
 * session itself is the cookie): the schema version of the document's type this build writes.
 * The server takes edits only from clients that write the document's current schema, so a page
 * left open across an upgrade cannot write the old shape into a migrated document.
 */
export const LiveClientToken = z.strictObject({ schemaVersion: z.number().int().min(1) });
export type LiveClientToken = z.infer<typeof LiveClientToken>;

export const liveClientToken = (schemaVersion: number): string =>
  JSON.stringify({ schemaVersion } satisfies LiveClientToken);

/** The schema version a token announces, or null when it announces none (or is not ours). */
export function announcedSchemaVersion(token: string): number | null {
  let value: unknown;
  try {
    value = JSON.parse(token);
  } catch {
    return null;
  }
  const parsed = LiveClientToken.safeParse(value);
  return parsed.success ? parsed.data.schemaVersion : null;
}

/** The schema version this build writes for a live document, by its name; null for others. */
export function liveSchemaVersion(documentName: string): number | null {
  if (boardIdOf(documentName)) return BOARD_SCHEMA_VERSION;
  if (journeyIdOf(documentName)) return JOURNEY_SCHEMA_VERSION;
  if (conceptIdOf(documentName)) return CONCEPT_SCHEMA_VERSION;
  return null;
}
