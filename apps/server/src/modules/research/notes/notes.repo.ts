import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { notes, participants } from '../../../db/schema.ts';
import { notFound } from '../../../platform/errors.ts';
import { advanceVersion } from '../../../platform/versioned-edit.ts';

export type NoteRow = typeof notes.$inferSelect;
// The stored search vector is computed by PostgreSQL from the text as it is written.
type NoteInsert = Omit<typeof notes.$inferInsert, 'search'> & { search: SQL };

export async function listSessionNotes(db: Queryable, projectId: string, sessionId: string) {
  return db
    .select()
    .from(notes)
    .where(and(eq(notes.projectId, projectId), eq(notes.sessionId, sessionId)))
    .orderBy(asc(notes.createdAt));
}

/** A note of the project, or not found; `lock` locks its row for the transaction. */
export async function findNote(
  db: Queryable,
  projectId: string,
  noteId: string,
  lock?: 'share' | 'update',
) {
  const query = db
    .select()
    .from(notes)
    .where(and(eq(notes.projectId, projectId), eq(notes.id, noteId)))
    .limit(1);
  const [row] = await (lock ? query.for(lock) : query);
  if (!row) throw notFound();
  return row;
}

/** Not found unless the participant, when one is named, is of the project. */
export async function assertParticipantInProject(
  db: Queryable,
  projectId: string,
  participantId: string | null,
) {
  if (!participantId) return;
  const [row] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.projectId, projectId), eq(participants.id, participantId)))
    .limit(1);
  if (!row) throw notFound();
}

export async function insertNote(db: Queryable, values: NoteInsert) {
  const [row] = await db.insert(notes).values(values).returning();
  if (!row) throw new Error('note insert returned nothing');
  return row;
}

/** Deletes a note of the project; false when there was none. */
export async function deleteNote(db: Queryable, projectId: string, noteId: string) {
  const deleted = await db
    .delete(notes)
    .where(and(eq(notes.projectId, projectId), eq(notes.id, noteId)))
    .returning({ id: notes.id });
  return deleted.length > 0;
}

/**
 * Moves a note of the project on from the version an edit was made on (platform/versioned-edit.ts),
 * locking it for the edit, and returns it as it was before.
 */
export async function advanceNoteVersion(
  db: Queryable,
  projectId: string,
  noteId: string,
  version: number,
) {
  await advanceVersion(db, notes, {
    id: noteId,
    scope: eq(notes.projectId, projectId),
    expected: version,
  });
  return findNote(db, projectId, noteId);
}

export async function updateNoteValues(
  db: Queryable,
  noteId: string,
  values: Pick<NoteInsert, 'title' | 'content' | 'body' | 'language' | 'participantId' | 'search'>,
) {
  const [row] = await db
    .update(notes)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(notes.id, noteId))
    .returning();
  if (!row) throw notFound();
  return row;
}

/** The project's notes about a participant, for an access request. */
export async function readParticipantNotes(
  db: Queryable,
  projectId: string,
  participantId: string,
) {
  return db
    .select({ title: notes.title, body: notes.body, language: notes.language })
    .from(notes)
    .where(and(eq(notes.projectId, projectId), eq(notes.participantId, participantId)));
}

/** Deletes every note about a participant. */
export async function deleteParticipantNotes(db: Queryable, participantId: string) {
  await db.delete(notes).where(eq(notes.participantId, participantId));
}

export async function readNotesById(db: Queryable, noteIds: string[]) {
  return db.select().from(notes).where(inArray(notes.id, noteIds));
}

/**
 * Stores a note's redacted content, the plain text and search vector made from it. It moves the
 * version on, so an edit made on the text before the redaction cannot bring the words back.
 */
export async function storeRedactedNote(
  db: Queryable,
  noteId: string,
  values: Pick<NoteInsert, 'content' | 'body' | 'search'>,
) {
  await db
    .update(notes)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${notes.version} + 1` })
    .where(eq(notes.id, noteId));
}
