import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { CommitImportInput, Id, ImportPreview, ImportResult } from '@timantti/contracts';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { imports } from '../../../db/schema.ts';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { UploadStore } from '../../../platform/storage.ts';
import { commitImport, csvProblem, MAX_IMPORT_BYTES } from './commands/commit-import.ts';
import { CsvError, previewCsv } from './csv/read-csv.ts';
import { loadResearchProject } from '../research-access.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const ImportParams = z.strictObject({ projectId: Id, importId: Id });
const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;
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
      const id = randomUUID();
      const byteSize = await store.save(id, body, MAX_IMPORT_BYTES);
      let preview;
      try {
        preview = await previewCsv(store.open(id), { rows: 20, maxBytes: MAX_IMPORT_BYTES });
      } catch (error) {
        await store.remove(id);
        throw error instanceof CsvError ? csvProblem(error) : error;
      }
      const expiresAt = new Date(Date.now() + UPLOAD_LIFETIME_MS);
      await db
        .insert(imports)
        .values({ id, projectId, createdBy: actor.userId, byteSize, expiresAt });
      return reply.status(201).send({ id, ...preview, expiresAt: expiresAt.toISOString() });
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
      const deleted = await db
        .delete(imports)
        .where(and(eq(imports.projectId, projectId), eq(imports.id, importId)))
        .returning({ id: imports.id });
      if (deleted.length === 0) throw notFound();
      await store.remove(importId);
      return reply.status(204).send(null);
    },
  );
}
