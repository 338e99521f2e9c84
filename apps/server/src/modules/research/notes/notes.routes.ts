import {
  Id,
  Note,
  NoteInput,
  NoteList,
  NoteUpdateInput,
  richTextFromPlain,
  type RichTextDoc,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { onVersion } from '../../../platform/versioned-edit.ts';
import { loadResearchProject } from '../research-access.ts';
import { createNote } from './commands/create-note.ts';
import { editNote } from './commands/edit-note.ts';
import { presentNote } from './notes.presenter.ts';
import { deleteNote, findNote, listSessionNotes } from './notes.repo.ts';

const tags = ['research'];
const SessionParams = z.strictObject({ projectId: Id, sessionId: Id });
const NoteParams = z.strictObject({ projectId: Id, noteId: Id });

/** The rich text of a note as given, or made from plain text a line a paragraph. */
const contentOf = (input: { content: RichTextDoc } | { body: string }): RichTextDoc =>
  'content' in input ? input.content : richTextFromPlain(input.body);

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
      const rows = await listSessionNotes(db, projectId, sessionId);
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
      await loadResearchProject(db, actor, projectId, 'write');
      const { title, language, participantId } = request.body;
      const row = await createNote(db, {
        actorUserId: actor.userId,
        projectId,
        sessionId,
        values: { title, language, participantId, content: contentOf(request.body) },
      });
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
          'Refused with `edit_conflict` (409) and the note as it is now when it moved on from ' +
          'the `version` given. ' +
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
      const { title, language, participantId, version } = request.body;
      const row = await onVersion(
        () =>
          editNote(db, {
            projectId,
            noteId,
            version,
            values: { title, language, participantId, content: contentOf(request.body) },
          }),
        async () => presentNote(await findNote(db, projectId, noteId)),
      );
      return presentNote(row);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/notes/:noteId',
    { schema: { tags, summary: 'Delete a note', params: NoteParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const { projectId, noteId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      if (!(await deleteNote(db, projectId, noteId))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
