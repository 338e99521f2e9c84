import type { Readable } from 'node:stream';
import { CommitImportInput, Id, ImportPreview, ImportResult } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { UploadStore } from '../../../platform/storage.ts';
import { commitImport, MAX_IMPORT_BYTES } from './commands/commit-import.ts';
import { uploadImport } from './commands/upload-import.ts';
import { deleteImport } from './imports.repo.ts';
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

export function importRoutes(app: App, { database, config }: AppContext) {
  const { db } = database;
  const store = new UploadStore(`${config.dataDir}/uploads`);

  // The file is streamed to disk as it arrives, never parsed into memory whole.
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

  app.post(
    '/api/v1/projects/:projectId/imports/:importId/commit',
    {
      schema: {
        tags,
        summary: 'Import the previewed file with a column mapping, all or nothing',
        params: ImportParams,
        body: CommitImportInput,
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, importId } = request.params;
      const project = await loadResearchProject(db, actor, projectId, 'write');
      return commitImport(db, store, {
        actorUserId: actor.userId,
        organisationId: project.organisationId,
        projectId,
        importId,
        values: request.body,
      });
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/imports/:importId',
    {
      schema: {
        tags,
        summary: 'Discard an uploaded file',
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
