import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Queryable } from '../../../../db/client.ts';
import type { UploadStore } from '../../../../platform/storage.ts';
import { CsvError, previewCsv } from '../csv/read-csv.ts';
import { insertImport } from '../imports.repo.ts';
import { csvProblem, MAX_IMPORT_BYTES } from '../respondents.ts';

const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps an uploaded CSV for a day and previews it; a file that cannot be read as CSV is not
 * kept.
 */
export async function uploadImport(
  db: Queryable,
  store: UploadStore,
  input: { actorUserId: string; projectId: string; body: Readable },
) {
  const id = randomUUID();
  const byteSize = await store.save(id, input.body, MAX_IMPORT_BYTES);
  let preview;
  try {
    preview = await previewCsv(store.open(id), { rows: 20, maxBytes: MAX_IMPORT_BYTES });
  } catch (error) {
    await store.remove(id);
    throw error instanceof CsvError ? csvProblem(error) : error;
  }
  const expiresAt = new Date(Date.now() + UPLOAD_LIFETIME_MS);
  await insertImport(db, {
    id,
    projectId: input.projectId,
    createdBy: input.actorUserId,
    byteSize,
    expiresAt,
  });
  return { id, ...preview, expiresAt: expiresAt.toISOString() };
}
