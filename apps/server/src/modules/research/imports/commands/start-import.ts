import type { ImportSettings } from '@timantti/contracts';
import type { Db } from '../../../../db/client.ts';
import { AppError } from '../../../../platform/errors.ts';
import type { JobQueue } from '../../../../platform/jobs/job-queue.ts';
import { moveJob } from '../../../../platform/jobs/jobs.repo.ts';
import type { UploadStore } from '../../../../platform/storage.ts';
import { CsvError, readCsv } from '../csv/read-csv.ts';
import { researchImportJob } from '../import.job.ts';
import { findOpenImport, startImportRow } from '../imports.repo.ts';
import { csvProblem, MAX_IMPORT_BYTES } from '../respondents.ts';

/** The file's column names: its header only is read. */
async function headerOf(store: UploadStore, importId: string) {
  try {
    const reader = await readCsv(store.open(importId), { maxBytes: MAX_IMPORT_BYTES });
    await reader.rows.return?.();
    return reader.header;
  } catch (error) {
    throw error instanceof CsvError ? csvProblem(error) : error;
  }
}

/**
 * Starts importing a previewed upload with the mapping given: the mapping is checked against
 * the file's header at once, then the import is recorded with its job and the job enqueued;
 * a worker does the rest (import.job.ts). An upload is started once: a second start, or one
 * after it expired, is `import_expired`.
 */
export async function startImport(
  db: Db,
  jobs: JobQueue,
  store: UploadStore,
  input: {
    actorUserId: string;
    organisationId: string;
    projectId: string;
    importId: string;
    values: ImportSettings;
  },
) {
  const { projectId, importId, values } = input;
  if (!(await findOpenImport(db, projectId, importId)))
    throw new AppError('import_expired', { status: 404 });
  const header = await headerOf(store, importId);
  if (header.length !== values.columns.length) {
    throw new AppError('import_columns_mismatch', {
      status: 422,
      params: { expected: header.length },
    });
  }
  const job = await db.transaction(async (tx) => {
    const recorded = await jobs.record(
      researchImportJob,
      { organisationId: input.organisationId, createdBy: input.actorUserId },
      tx,
    );
    if (!(await startImportRow(tx, projectId, importId, { jobId: recorded.id, settings: values })))
      throw new AppError('import_expired', { status: 404 });
    return recorded;
  });
  try {
    await jobs.send(researchImportJob, job, { importId });
  } catch (error) {
    // Never queued: shown as failed rather than waiting for ever.
    await moveJob(db, job.id, ['queued', 'failed'], 'dead');
    throw error;
  }
}
