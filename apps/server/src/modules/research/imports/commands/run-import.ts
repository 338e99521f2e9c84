import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportSettings } from '@timantti/contracts';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { poolOf, type Db } from '../../../../db/client.ts';
import * as schema from '../../../../db/schema.ts';
import { AppError } from '../../../../platform/errors.ts';
import { findJob, updateRunningJob } from '../../../../platform/jobs/jobs.repo.ts';
import type { UploadStore } from '../../../../platform/storage.ts';
import { audit } from '../../../audit/audit.repo.ts';
import { indexTerms, textSearchConfig } from '../../../search/terms.ts';
import { sharedFinnishAnalyzer } from '../../../search/voikko.ts';
import { nextParticipantCode } from '../../participants/participants.repo.ts';
import { insertSession } from '../../sessions/sessions.repo.ts';
import { CsvError, readCsv } from '../csv/read-csv.ts';
import { lockImport, markImportCommitted } from '../imports.repo.ts';
import { csvProblem, MAX_IMPORT_BYTES, respondentOf } from '../respondents.ts';

// COPY data is sent in pieces of about this size: one write per row would be a syscall each.
const COPY_CHUNK_CHARS = 256 * 1024;
// Progress is offered this often (the job queue writes it at most a few times a second).
const PROGRESS_EVERY_ROWS = 1000;
// Reading and copying is most of the time; the set-based inserts are the rest.
const READ_SHARE = 0.8;

/** A value in COPY's text format: backslash, tab and line breaks escaped. */
const copyText = (value: string) =>
  value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );

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

/**
 * Runs a started import, all or nothing, in one transaction on one connection: the upload is
 * streamed through the CSV reader into a temporary staging table with COPY (search terms
 * computed on the way, Voikko's lemmas and compound parts included), then the participants,
 * their consents, the survey's attendance and the evidence are inserted from it set by set.
 * The import row is locked first and marked committed in the same transaction, and the job is
 * marked done there too: a second run (after a killed worker) finds it committed and does
 * nothing, and a cancel that comes first leaves nothing written. A bad value throws the
 * problem naming its line, with nothing written.
 */
export async function runImport(run: ImportRun): Promise<ImportOutcome> {
  const pool = poolOf(run.db);
  const client = await pool.connect();
  const tx = drizzle(client, { schema });
  let broken = false;
  try {
    await client.query('begin');
    const upload = await lockImport(tx, run.importId);
    if (!upload?.settings || upload.committedAt || upload.problem) {
      await client.query('rollback');
      return { kind: 'nothing-to-do' };
    }
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
    await client.query(`create temporary table import_rows (
        line integer not null,
        participant_id uuid not null,
        code text not null,
        segment text not null,
        attributes jsonb not null,
        answers jsonb not null
      ) on commit drop`);

    const counts = { participants: 0, evidence: 0 };
    const copy = client.query(copyFrom('copy import_rows from stdin'));
    try {
      await pipeline(Readable.from(copyRows(run, upload.byteSize, settings, first, counts)), copy);
    } catch (error) {
      // The connection may be mid-COPY: it is closed rather than reused.
      broken = true;
      throw error;
    }
    run.signal.throwIfAborted();
    await run.progress(READ_SHARE);
    await insertFromStaging(client, {
      projectId: upload.projectId,
      sessionId,
      createdBy,
      settings,
    });
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
    await client.query('commit');
    await run.store.remove(run.importId);
    return { kind: 'done', sessionId, ...counts };
  } catch (error) {
    if (!broken) await client.query('rollback').catch(() => (broken = true));
    throw error instanceof CsvError ? csvProblem(error) : error;
  } finally {
    client.release(broken);
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
    const n = counts.participants;
    counts.participants += 1;
    counts.evidence += respondent.answers.length;
    const answers = respondent.answers.map((text) => ({
      text,
      terms: indexTerms(text, settings.language, analyzer),
    }));
    chunk +=
      [
        String(respondent.line),
        randomUUID(),
        `H-${String(first + n).padStart(3, '0')}`,
        copyText(respondent.segment),
        copyText(JSON.stringify(respondent.attributes)),
        copyText(JSON.stringify(answers)),
      ].join('\t') + '\n';
    if (chunk.length >= COPY_CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
    if (counts.participants % PROGRESS_EVERY_ROWS === 0)
      await run.progress((READ_SHARE * bytesRead) / Math.max(1, byteSize));
  }
  if (chunk) yield chunk;
}

/** The real rows from the staging table, in the file's order, each kind in one statement. */
async function insertFromStaging(
  client: pg.PoolClient,
  input: {
    projectId: string;
    sessionId: string;
    createdBy: string;
    settings: ImportSettings;
  },
) {
  const { projectId, sessionId, createdBy, settings } = input;
  await client.query(
    `insert into participants (id, project_id, code, kind, segment, attributes, created_by)
     select participant_id, $1, code, $2, segment, attributes, $3 from import_rows order by line`,
    [projectId, settings.participantKind, createdBy],
  );
  await client.query(
    `insert into consents (participant_id, purpose, given_on, method, expires_on, recorded_by)
     select participant_id, $1, $2, $3, $4, $5 from import_rows order by line`,
    [
      settings.consent.purpose,
      settings.consent.givenOn,
      settings.consent.method,
      settings.consent.expiresOn,
      createdBy,
    ],
  );
  await client.query(
    `insert into research_session_participants (session_id, participant_id)
     select $1, participant_id from import_rows`,
    [sessionId],
  );
  // The same vector as searchVector() makes: the words at weight A, Voikko's terms at B.
  await client.query(
    `insert into evidence (project_id, kind, text, session_id, participant_id, language, search, created_by)
     select $1, 'quote', a.answer->>'text', $2, r.participant_id, $3,
            setweight(to_tsvector($4::regconfig, a.answer->>'text'), 'A') ||
            setweight(to_tsvector($4::regconfig, a.answer->>'terms'), 'B'),
            $5
     from import_rows r
     cross join lateral jsonb_array_elements(r.answers) with ordinality as a(answer, n)
     order by r.line, a.n`,
    [projectId, sessionId, settings.language, textSearchConfig[settings.language], createdBy],
  );
}
