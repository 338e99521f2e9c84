import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportSettings } from '@timantti/contracts';
import type { Db } from '../../../../db/client.ts';
import { AppError } from '../../../../platform/errors.ts';
import { findJob, updateRunningJob } from '../../../../platform/jobs/jobs.repo.ts';
import type { UploadStore } from '../../../../platform/storage.ts';
import { audit } from '../../../audit/audit.repo.ts';
import { indexTerms } from '../../../search/terms.ts';
import { sharedFinnishAnalyzer } from '../../../search/voikko.ts';
import { nextParticipantCode } from '../../participants/participants.repo.ts';
import { insertSession } from '../../sessions/sessions.repo.ts';
import { CsvError, readCsv } from '../csv/read-csv.ts';
import { inImportTransaction, stagedLine } from '../import-staging.repo.ts';
import { lockImport, markImportCommitted } from '../imports.repo.ts';
import { csvProblem, MAX_IMPORT_BYTES, respondentOf } from '../respondents.ts';

// COPY data is sent in pieces of about this size: one write per row would be a syscall each.
const COPY_CHUNK_CHARS = 256 * 1024;
// Progress is offered this often (the job queue writes it at most a few times a second).
const PROGRESS_EVERY_ROWS = 1000;
// Reading and copying is about half the time; the set-based inserts are the rest.
const READ_SHARE = 0.5;

export type ImportRun = {
  db: Db;
  store: UploadStore;
  importId: string;
  jobId: string;
  signal: AbortSignal;
  progress: (fraction: number) => Promise<void>;
};

export type ImportOutcome =
  | { kind: 'done'; sessionId: string; participants: number; evidence: number }
  | { kind: 'nothing-to-do' };

class NothingToDo extends Error {}

/**
 * Runs a started import, all or nothing, in one transaction: the upload is streamed through
 * the CSV reader into a staging table with COPY (search terms computed on the way, Voikko's
 * lemmas and compound parts included), then the participants, their consents, the survey's
 * attendance and the evidence are inserted from it set by set. The import row is locked first
 * and marked committed in the same transaction, and the job is marked done there too: a second
 * run (after a killed worker) finds it committed and does nothing, and a cancel that comes
 * first leaves nothing written. A bad value throws the problem naming its line.
 */
export async function runImport(run: ImportRun): Promise<ImportOutcome> {
  try {
    return await inImportTransaction(run.db, async ({ tx, copyIntoStaging, insertFromStaging }) => {
      const upload = await lockImport(tx, run.importId);
      if (!upload?.settings || upload.committedAt || upload.problem) throw new NothingToDo();
      const settings = upload.settings;
      // The person who started the import makes what it writes, as when they save one by hand.
      const job = await findJob(tx, run.jobId);
      const createdBy = job?.createdBy;
      if (!job || !createdBy) throw new AppError('import_failed');
      const sessionId = await insertSession(tx, {
        projectId: upload.projectId,
        kind: 'survey',
        title: settings.session.title,
        heldOn: settings.session.heldOn,
        createdBy,
      });
      const first = Number((await nextParticipantCode(tx, upload.projectId)).slice(2));
      const counts = { participants: 0, evidence: 0 };
      await pipeline(
        Readable.from(copyRows(run, upload.byteSize, settings, first, counts)),
        copyIntoStaging(),
      );
      run.signal.throwIfAborted();
      await run.progress(READ_SHARE);
      await insertFromStaging({ projectId: upload.projectId, sessionId, createdBy, settings });
      await markImportCommitted(tx, run.importId, {
        sessionId,
        participantCount: counts.participants,
        evidenceCount: counts.evidence,
      });
      await audit(tx, {
        organisationId: job.organisationId,
        actorUserId: createdBy,
        action: 'import.committed',
        targetType: 'import',
        targetId: run.importId,
        metadata: { participants: counts.participants, evidence: counts.evidence },
      });
      // Cancelled meanwhile: the cancel wins and this rolls back.
      if ((await updateRunningJob(tx, run.jobId, { state: 'done', progress: 1 })).length === 0)
        throw new Error('cancelled');
      return { kind: 'done' as const, sessionId, ...counts };
    }).then(async (outcome) => {
      await run.store.remove(run.importId);
      return outcome;
    });
  } catch (error) {
    if (error instanceof NothingToDo) return { kind: 'nothing-to-do' };
    throw error instanceof CsvError ? csvProblem(error) : error;
  }
}

/** The upload's rows as COPY text, a chunk at a time, counted and checked on the way. */
async function* copyRows(
  run: ImportRun,
  byteSize: number,
  settings: ImportSettings,
  first: number,
  counts: { participants: number; evidence: number },
): AsyncGenerator<string> {
  let bytesRead = 0;
  const source = run.store.open(run.importId);
  async function* counted() {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }
  const reader = await readCsv(counted(), { maxBytes: MAX_IMPORT_BYTES });
  if (reader.header.length !== settings.columns.length) {
    throw new AppError('import_columns_mismatch', {
      status: 422,
      params: { expected: reader.header.length },
    });
  }
  const analyzer = sharedFinnishAnalyzer();
  let chunk = '';
  for await (const row of reader.rows) {
    run.signal.throwIfAborted();
    const respondent = respondentOf(reader.header, settings.columns, row);
    chunk += stagedLine({
      participantId: randomUUID(),
      code: `H-${String(first + counts.participants).padStart(3, '0')}`,
      segment: respondent.segment,
      attributes: respondent.attributes,
      answers: respondent.answers.map((text) => ({
        text,
        terms: indexTerms(text, settings.language, analyzer),
      })),
    });
    counts.participants += 1;
    counts.evidence += respondent.answers.length;
    if (chunk.length >= COPY_CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
    if (counts.participants % PROGRESS_EVERY_ROWS === 0)
      await run.progress((READ_SHARE * bytesRead) / Math.max(1, byteSize));
  }
  if (chunk) yield chunk;
}
