import type { CommitImportInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../../db/client.ts';
import { AppError } from '../../../../platform/errors.ts';
import type { UploadStore } from '../../../../platform/storage.ts';
import { audit } from '../../../audit/audit.repo.ts';
import { CsvError, readCsv, type CsvRow } from '../csv/read-csv.ts';
import { findOpenImport, markImportCommitted } from '../imports.repo.ts';
import { insertEvidenceRows, type EvidenceInsert } from '../../evidence/evidence.repo.ts';
import {
  insertConsents,
  insertParticipants,
  nextParticipantCode,
} from '../../participants/participants.repo.ts';
import { searchVector } from '../../search-vector.ts';
import { insertSession, insertSessionParticipants } from '../../sessions/sessions.repo.ts';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_ATTRIBUTE = 200;
const MAX_EVIDENCE = 10_000;
// Rows per multi-row INSERT: large enough to amortise round trips, small enough for parameters.
const BATCH = 500;

type Input = z.output<typeof CommitImportInput>;

/** A CSV reader error as a problem that names the line. */
export function csvProblem(error: CsvError): AppError {
  return new AppError(error.code, {
    status: error.code === 'csv_too_large' ? 413 : 422,
    params: { line: error.line, expected: error.expected ?? '', actual: error.actual ?? '' },
  });
}

async function* records(
  store: UploadStore,
  importId: string,
): AsyncGenerator<{ header: string[]; row: CsvRow | null }> {
  try {
    const reader = await readCsv(store.open(importId), { maxBytes: MAX_IMPORT_BYTES });
    yield { header: reader.header, row: null };
    for await (const row of reader.rows) yield { header: reader.header, row };
  } catch (error) {
    throw error instanceof CsvError ? csvProblem(error) : error;
  }
}

type Respondent = {
  line: number;
  segment: string;
  attributes: Record<string, string>;
  answers: string[];
};

function respondentOf(header: string[], columns: Input['columns'], row: CsvRow): Respondent {
  const respondent: Respondent = { line: row.line, segment: '', attributes: {}, answers: [] };
  const segments: string[] = [];
  columns.forEach((role, index) => {
    const value = (row.values[index] ?? '').trim();
    const column = header[index] ?? '';
    const max = role === 'evidence' ? MAX_EVIDENCE : MAX_ATTRIBUTE;
    if (role !== 'ignore' && value.length > max) {
      throw new AppError('csv_value_too_long', {
        status: 422,
        params: { line: row.line, column, max },
      });
    }
    if (!value) return;
    if (role === 'evidence') respondent.answers.push(value);
    if (role === 'attribute') respondent.attributes[column] = value;
    if (role === 'segment') segments.push(value);
  });
  respondent.segment = segments.join(' / ');
  return respondent;
}

/**
 * Imports an uploaded survey or feedback file: every row becomes a pseudonymous participant with
 * the consent given for the survey, every non-empty free-text answer an evidence item of one
 * survey session. The whole file is validated first, then written in one transaction: all or
 * nothing. Rows are streamed twice from disk, never held whole in memory.
 */
export async function commitImport(
  db: Db,
  store: UploadStore,
  input: {
    actorUserId: string;
    organisationId: string;
    projectId: string;
    importId: string;
    values: Input;
  },
) {
  const { projectId, importId, values } = input;
  const upload = await findOpenImport(db, projectId, importId);
  if (!upload) throw new AppError('import_expired', { status: 404 });

  let rowCount = 0;
  let answerCount = 0;
  for await (const { header, row } of records(store, importId)) {
    if (!row) {
      if (header.length !== values.columns.length) {
        throw new AppError('import_columns_mismatch', {
          status: 422,
          params: { expected: header.length },
        });
      }
      continue;
    }
    const respondent = respondentOf(header, values.columns, row);
    rowCount += 1;
    answerCount += respondent.answers.length;
  }

  const result = await db.transaction(async (tx) => {
    const sessionId = await insertSession(tx, {
      projectId,
      kind: 'survey',
      title: values.session.title,
      heldOn: values.session.heldOn,
      createdBy: input.actorUserId,
    });
    const first = Number((await nextParticipantCode(tx, projectId)).slice(2));
    let n = 0;
    let batch: Respondent[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const created = await insertParticipants(
        tx,
        batch.map((r, i) => ({
          projectId,
          code: `H-${String(first + n - batch.length + i).padStart(3, '0')}`,
          kind: values.participantKind,
          segment: r.segment,
          attributes: r.attributes,
          createdBy: input.actorUserId,
        })),
      );
      await insertConsents(
        tx,
        created.map((p) => ({
          participantId: p.id,
          ...values.consent,
          recordedBy: input.actorUserId,
        })),
      );
      await insertSessionParticipants(
        tx,
        sessionId,
        created.map((p) => p.id),
      );
      const answers: EvidenceInsert[] = batch.flatMap((r, i) =>
        r.answers.map((text) => ({
          projectId,
          kind: 'quote' as const,
          text,
          sessionId,
          participantId: created[i]?.id ?? null,
          language: values.language,
          search: searchVector(values.language, text),
          createdBy: input.actorUserId,
        })),
      );
      for (let i = 0; i < answers.length; i += BATCH)
        await insertEvidenceRows(tx, answers.slice(i, i + BATCH));
      batch = [];
    };
    for await (const { header, row } of records(store, importId)) {
      if (!row) continue;
      batch.push(respondentOf(header, values.columns, row));
      n += 1;
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    await markImportCommitted(tx, importId, sessionId);
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'import.committed',
      targetType: 'import',
      targetId: importId,
      metadata: { participants: n, evidence: answerCount },
    });
    return { sessionId, participants: n, evidence: answerCount };
  });
  if (result.participants !== rowCount)
    throw new Error('the file changed between validation and import');
  await store.remove(importId);
  return result;
}
