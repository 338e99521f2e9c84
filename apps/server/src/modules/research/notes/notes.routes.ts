import {
  Id,
  Note,
  NoteInput,
  NoteList,
  NoteUpdateInput,
  plainTextOf,
  richTextFromPlain,
  type RichTextDoc,
} from '@timantti/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../../db/client.ts';
import { notes, participants } from '../../../db/schema.ts';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { editNote } from './commands/edit-note.ts';
import { readSession } from '../sessions/sessions.routes.ts';
import { loadResearch, loadResearchProject } from '../research-access.ts';
import { searchVector } from '../search-vector.ts';

const tags = ['research'];
const SessionParams = z.strictObject({ projectId: Id, sessionId: Id });
const NoteParams = z.strictObject({ projectId: Id, noteId: Id });

type NoteRow = typeof notes.$inferSelect;
const presentNote = (row: NoteRow) => ({
  id: row.id,
  sessionId: row.sessionId,
  participantId: row.participantId,
  title: row.title,
  content: row.content,
  body: row.body,
  language: row.language,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

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

/** The rich text of a note as given, or made from plain text a line a paragraph. */
const contentOf = (input: { content: RichTextDoc } | { body: string }): RichTextDoc =>
  'content' in input ? input.content : richTextFromPlain(input.body);

async function assertParticipantInProject(
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

export function noteRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  app.get(
    '/api/v1/projects/:projectId/sessions/:sessionId/notes',
    {
      schema: {
        tags,
        summary: "A session's notes and transcripts",
        params: SessionParams,
        response: { 200: NoteList },
      },
    },
    async (request) => {
      const { projectId, sessionId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'readRaw');
      const rows = await db
        .select()
        .from(notes)
        .where(and(eq(notes.projectId, projectId), eq(notes.sessionId, sessionId)))
        .orderBy(asc(notes.createdAt));
      return { items: rows.map(presentNote) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/sessions/:sessionId/notes',
    {
      schema: {
        tags,
        summary: 'Write or paste a note',
        params: SessionParams,
        body: NoteInput,
        response: { 201: Note },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, sessionId } = request.params;
      const { abilities } = await loadResearch(db, actor, projectId, 'write');
      await readSession(db, abilities, projectId, sessionId);
      const { title, language, participantId } = request.body;
      await assertParticipantInProject(db, projectId, participantId);
      const content = contentOf(request.body);
      const body = plainTextOf(content);
      const [row] = await db
        .insert(notes)
        .values({
          projectId,
          sessionId,
          title,
          content,
          body,
          language,
          participantId,
          search: searchVector(language, title, body),
          createdBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error('note insert returned nothing');
      return reply.status(201).send(presentNote(row));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/notes/:noteId',
    { schema: { tags, summary: 'Get a note', params: NoteParams, response: { 200: Note } } },
    async (request) => {
      await loadResearchProject(db, actorOf(request), request.params.projectId, 'readRaw');
      return presentNote(await findNote(db, request.params.projectId, request.params.noteId));
    },
  );

  app.put(
    '/api/v1/projects/:projectId/notes/:noteId',
    {
      schema: {
        tags,
        summary: 'Edit a note',
        description:
          'Refused with `note_changed` (409) when the note changed after the `updatedAt` given. ' +
          'Evidence taken from the note follows its words; evidence whose words are gone keeps ' +
          'its text and no longer points into the note (`noteStart` and `noteEnd` null).',
        params: NoteParams,
        body: NoteUpdateInput,
        response: { 200: Note },
      },
    },
    async (request) => {
      const { projectId, noteId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const { title, language, participantId, updatedAt } = request.body;
      await assertParticipantInProject(db, projectId, participantId);
      const row = await editNote(db, {
        projectId,
        noteId,
        updatedAt,
        values: { title, language, participantId, content: contentOf(request.body) },
      });
      return presentNote(row);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/notes/:noteId',
    { schema: { tags, summary: 'Delete a note', params: NoteParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const { projectId, noteId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      await findNote(db, projectId, noteId);
      await db.delete(notes).where(eq(notes.id, noteId));
      return reply.status(204).send(null);
    },
  );
}
