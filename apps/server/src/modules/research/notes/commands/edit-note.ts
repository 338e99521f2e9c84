import { plainTextOf, type RichTextDoc, type TextLanguage } from '@timantti/contracts';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import { evidence, notes } from '../../../../db/schema.ts';
import { AppError, notFound } from '../../../../platform/errors.ts';
import { reanchor } from '../reanchor.ts';
import { searchVector } from '../../search-vector.ts';

/**
 * Saves an edit of a note made on the version the editor read (`updatedAt`); a note changed
 * meanwhile is refused, so nobody's edit is silently lost. Evidence taken from the note keeps
 * pointing at its words where they still are; where they are gone, it keeps its text and its
 * session and participant, and no longer points into the note.
 */
export async function editNote(
  db: Db,
  input: {
    projectId: string;
    noteId: string;
    updatedAt: string;
    values: {
      title: string;
      content: RichTextDoc;
      language: TextLanguage;
      participantId: string | null;
    };
  },
) {
  return db.transaction(async (tx) => {
    const [note] = await tx
      .select({
        body: notes.body,
        // Clients see times to the millisecond.
        stale: sql<boolean>`date_trunc('milliseconds', ${notes.updatedAt}) <> ${input.updatedAt}::timestamptz`,
      })
      .from(notes)
      .where(and(eq(notes.projectId, input.projectId), eq(notes.id, input.noteId)))
      .for('update');
    if (!note) throw notFound();
    if (note.stale) throw new AppError('note_changed');
    const { title, content, language, participantId } = input.values;
    const body = plainTextOf(content);
    if (body !== note.body) {
      const passages = await tx
        .select({
          id: evidence.id,
          start: evidence.noteStart,
          end: evidence.noteEnd,
          text: evidence.text,
        })
        .from(evidence)
        .where(and(eq(evidence.noteId, input.noteId), isNotNull(evidence.noteStart)));
      const anchored = passages.flatMap((p) =>
        p.start === null || p.end === null ? [] : [{ ...p, start: p.start, end: p.end }],
      );
      const anchors = reanchor(note.body, body, anchored);
      for (const [index, passage] of anchored.entries()) {
        const anchor = anchors[index] ?? null;
        if (anchor?.start === passage.start && anchor.end === passage.end) continue;
        await tx
          .update(evidence)
          .set({ noteStart: anchor?.start ?? null, noteEnd: anchor?.end ?? null })
          .where(eq(evidence.id, passage.id));
      }
    }
    const [row] = await tx
      .update(notes)
      .set({
        title,
        content,
        body,
        language,
        participantId,
        search: searchVector(language, title, body),
        updatedAt: sql`now()`,
      })
      .where(eq(notes.id, input.noteId))
      .returning();
    if (!row) throw notFound();
    return row;
  });
}
