import { Id } from '@timantti/contracts';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.ts';
import { defineJob } from '../../../platform/jobs/job-definition.ts';
import { runImport } from './commands/run-import.ts';
import { recordImportProblem } from './imports.repo.ts';

/**
 * An experience-data import, as a job of the worker role: the payload names the import only;
 * the file is read from the upload store and what to do with it from the import's row.
 * Running again after a killed worker is once in effect (runImport). A file that cannot be
 * imported as it is (a value too long on some line) is not retried: its problem is recorded
 * for the person who started it, with nothing written. A job that dies (its attempts used up)
 * keeps its file, so that an admin's run again on the jobs page can still import it; until
 * then the import shows as failed.
 */
export const researchImportJob = defineJob({
  name: 'research-import',
  payload: z.object({ importId: Id }),
  retryLimit: 2,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 30 * 60,
  concurrency: 1,
  async run(payload, { db, jobId, signal, progress, uploads }) {
    try {
      await runImport({ db, store: uploads, importId: payload.importId, jobId, signal, progress });
    } catch (error) {
      if (!(error instanceof AppError) || signal.aborted) throw error;
      await recordImportProblem(db, payload.importId, {
        code: error.code,
        params: error.params ?? {},
      });
      // Nothing will read the file again: a corrected one is uploaded anew.
      await uploads.remove(payload.importId);
    }
  },
});
