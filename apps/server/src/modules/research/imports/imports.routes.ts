import type { Readable } from 'node:stream';
import {
  CommitImportInput,
  Id,
  ImportPreview,
  ImportStatus,
  ImportStatusList,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { uploadStore } from '../../../platform/storage.ts';
import { startImport } from './commands/start-import.ts';
import { uploadImport } from './commands/upload-import.ts';
import { deleteImport, findImportStatus, listImportStatuses } from './imports.repo.ts';
import { presentImportStatus } from './imports.presenter.ts';
import { MAX_IMPORT_BYTES } from './respondents.ts';
import { loadResearchProject } from '../research-access.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const ImportParams = z.strictObject({ projectId: Id, importId: Id });
const CSV_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/octet-stream',
];
// The import page lists what was started lately, to come back to a running or finished one.
const RECENT_MS = 24 * 60 * 60 * 1000;
const RECENT_LIMIT = 10;

export function importRoutes(app: App, { database, config, jobs }: AppContext) {
  const { db } = database;
  const store = uploadStore(config, 'uploads');

  // The file is streamed to storage as it arrives, never parsed into memory whole.
  app.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload));

  app.post(
    '/api/v1/projects/:projectId/imports',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      config: { file: true },
      schema: {
        tags,
        summary: 'Upload an experience-data CSV and preview it',
        description: `Send the file's bytes as the body with Content-Type text/csv (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MiB).`,
        params: ProjectParams,
        response: { 201: ImportPreview },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      await loadResearchProject(db, actor, projectId, 'write');
      const body = request.body as Readable | undefined;
      if (!body || typeof (body as Partial<Readable>).pipe !== 'function') {
        throw new AppError('unsupported_media_type');
      }
      return reply
        .status(201)
        .send(await uploadImport(db, store, { actorUserId: actor.userId, projectId, body }));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/imports',
    {
      schema: {
        tags,
        summary: 'Imports started in the last day, newest first',
        params: ProjectParams,
        response: { 200: ImportStatusList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const rows = await listImportStatuses(
        db,
        projectId,
        new Date(Date.now() - RECENT_MS),
        RECENT_LIMIT,
      );
      return { items: rows.map((row) => presentImportStatus(row, request.locale)) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/imports/:importId/commit',
    {
      schema: {
        tags,
        summary: 'Import the previewed file with a column mapping, all or nothing',
        description:
          'Checks the mapping against the header, then queues the import as a job and answers ' +
          'at once (202). Poll the import for its progress and, when done, what was written, ' +
          'or the problem (naming the line) that stopped it with nothing written.',
        params: ImportParams,
        body: CommitImportInput,
        response: { 202: ImportStatus },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, importId } = request.params;
      const project = await loadResearchProject(db, actor, projectId, 'write');
      await startImport(db, jobs, store, {
        actorUserId: actor.userId,
        organisationId: project.organisationId,
        projectId,
        importId,
        values: request.body,
      });
      const row = await findImportStatus(db, projectId, importId);
      if (!row) throw notFound();
      return reply.status(202).send(presentImportStatus(row, request.locale));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/imports/:importId',
    {
      schema: {
        tags,
        summary: 'The progress and outcome of an import',
        params: ImportParams,
        response: { 200: ImportStatus },
      },
    },
    async (request) => {
      const { projectId, importId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const row = await findImportStatus(db, projectId, importId);
      if (!row) throw notFound();
      return presentImportStatus(row, request.locale);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/imports/:importId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a running import; nothing of it is written',
        params: ImportParams,
        response: { 200: ImportStatus },
      },
    },
    async (request) => {
      const { projectId, importId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const row = await findImportStatus(db, projectId, importId);
      if (!row) throw notFound();
      // Stops it on whichever instance runs it; one that committed first stays committed.
      if (!row.jobId || !(await jobs.cancel(row.jobId))) throw new AppError('import_finished');
      // A run still reading it stops within a second and writes nothing.
      await store.remove(importId);
      const after = await findImportStatus(db, projectId, importId);
      if (!after) throw notFound();
      return presentImportStatus(after, request.locale);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/imports/:importId',
    {
      schema: {
        tags,
        summary: 'Discard an uploaded file that was not imported',
        params: ImportParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, importId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      if (!(await deleteImport(db, projectId, importId))) throw notFound();
      await store.remove(importId);
      return reply.status(204).send(null);
    },
  );
}
