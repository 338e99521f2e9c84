import { randomBytes } from 'node:crypto';
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { decodeCursor, encodeCursor, TimeCursor } from '../../http/cursor.ts';
import {
  evidence,
  feedbackForms,
  feedbackRateLimits,
  feedbackResponses,
  participants,
  projects,
  serverSecrets,
} from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';

export type FeedbackFormRow = typeof feedbackForms.$inferSelect;
export type FeedbackResponseRow = typeof feedbackResponses.$inferSelect;
export type FormValues = Pick<
  typeof feedbackForms.$inferInsert,
  'languages' | 'title' | 'intro' | 'questions' | 'opensAt' | 'closesAt'
>;

// Letters and digits that read unambiguously on a printed poster (no 0/O, 1/l/I).
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random short-link code: 8 characters, about 40 bits. */
export function newFormCode(): string {
  const bytes = randomBytes(8);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/**
 * The respondent prefix of the project's next form (V1, V2, …), under the project row's lock:
 * forms are created rarely, while their respondents count on the form's own row.
 */
export async function nextRespondentPrefix(db: Queryable, projectId: string): Promise<string> {
  await db.execute(sql`select 1 from ${projects} where id = ${projectId} for update`);
  const [row] = await db
    .select({ n: count() })
    .from(feedbackForms)
    .where(eq(feedbackForms.projectId, projectId));
  return `V${(row?.n ?? 0) + 1}`;
}

export async function insertForm(db: Queryable, values: typeof feedbackForms.$inferInsert) {
  const [row] = await db.insert(feedbackForms).values(values).returning({ id: feedbackForms.id });
  if (!row) throw new Error('form insert returned nothing');
  return row.id;
}

export async function findForm(db: Queryable, projectId: string, formId: string) {
  const [row] = await db
    .select()
    .from(feedbackForms)
    .where(and(eq(feedbackForms.projectId, projectId), eq(feedbackForms.id, formId)));
  return row ?? null;
}

/** A published form by its public code; drafts do not exist for the public. */
export async function findPublishedForm(db: Queryable, code: string) {
  const [row] = await db
    .select()
    .from(feedbackForms)
    .where(and(eq(feedbackForms.code, code), eq(feedbackForms.status, 'published')));
  return row ?? null;
}

export async function listForms(db: Queryable, projectId: string) {
  return db
    .select()
    .from(feedbackForms)
    .where(eq(feedbackForms.projectId, projectId))
    .orderBy(desc(feedbackForms.createdAt), desc(feedbackForms.id));
}

export async function countResponses(db: Queryable, formIds: string[]) {
  if (formIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ formId: feedbackResponses.formId, n: count() })
    .from(feedbackResponses)
    .where(sql`${feedbackResponses.formId} in ${formIds}`)
    .groupBy(feedbackResponses.formId);
  return new Map(rows.map((r) => [r.formId, r.n]));
}

/** A form of the project under its row lock, held until the transaction ends; null if absent. */
export async function lockForm(db: Queryable, projectId: string, formId: string) {
  const [row] = await db
    .select()
    .from(feedbackForms)
    .where(and(eq(feedbackForms.projectId, projectId), eq(feedbackForms.id, formId)))
    .for('update');
  return row ?? null;
}

/** An edit of a form of the project made on `version` (platform/versioned-edit.ts). */
export async function editForm(
  db: Queryable,
  projectId: string,
  formId: string,
  version: number,
  set: Partial<FormValues> & { status?: 'draft' | 'published' },
) {
  return advanceVersion(db, feedbackForms, {
    id: formId,
    scope: eq(feedbackForms.projectId, projectId),
    expected: version,
    set,
  });
}

/**
 * Stores a response once per token nonce: a resent or double-clicked page finds the nonce taken
 * (the unique index decides, on every instance) and gets null.
 */
export async function insertResponseOnce(
  db: Queryable,
  values: typeof feedbackResponses.$inferInsert,
): Promise<string | null> {
  const [row] = await db
    .insert(feedbackResponses)
    .values(values)
    .onConflictDoNothing({ target: [feedbackResponses.formId, feedbackResponses.nonce] })
    .returning({ id: feedbackResponses.id });
  return row?.id ?? null;
}

export async function setResponseAnswers(
  db: Queryable,
  responseId: string,
  participantId: string,
  answers: Record<string, unknown>,
) {
  await db
    .update(feedbackResponses)
    .set({ participantId, answers })
    .where(eq(feedbackResponses.id, responseId));
}

/**
 * The form's next respondent number, counted on the form's own row (UPDATE … RETURNING), so
 * simultaneous respondents wait only for each other's short counter step.
 */
export async function nextRespondentNumber(db: Queryable, formId: string): Promise<number> {
  const [row] = await db
    .update(feedbackForms)
    .set({ respondentCount: sql`${feedbackForms.respondentCount} + 1` })
    .where(eq(feedbackForms.id, formId))
    .returning({ n: feedbackForms.respondentCount });
  if (!row) throw new Error('form vanished while answering');
  return row.n;
}

export type ResponseFilter = { segment?: string | undefined; language?: string | undefined };

function responseConditions(formId: string, filter: ResponseFilter): SQL[] {
  const conditions = [eq(feedbackResponses.formId, formId)];
  if (filter.segment !== undefined) conditions.push(eq(feedbackResponses.segment, filter.segment));
  if (filter.language !== undefined)
    conditions.push(eq(feedbackResponses.language, filter.language as 'fi' | 'sv' | 'en'));
  return conditions;
}

const responseColumns = {
  id: feedbackResponses.id,
  language: feedbackResponses.language,
  segment: feedbackResponses.segment,
  consent: feedbackResponses.consent,
  answers: feedbackResponses.answers,
  createdAt: feedbackResponses.createdAt,
  participantCode: participants.code,
};

/** The form's responses, oldest first, with the respondent's participant code. */
export async function listResponses(db: Queryable, formId: string, filter: ResponseFilter = {}) {
  return db
    .select(responseColumns)
    .from(feedbackResponses)
    .leftJoin(participants, eq(participants.id, feedbackResponses.participantId))
    .where(and(...responseConditions(formId, filter)))
    .orderBy(asc(feedbackResponses.createdAt), asc(feedbackResponses.id));
}
export type ResponseRow = Awaited<ReturnType<typeof listResponses>>[number];

/**
 * A page of the form's responses, newest first (the id breaks ties), and the next page's cursor.
 * Erasure deletes a respondent's responses; an erased participant is left out here as well, so
 * the list never names one, should a response of theirs outlive the erasure.
 */
export async function readResponsePage(
  db: Queryable,
  formId: string,
  filter: ResponseFilter & { cursor?: string | undefined; limit: number },
): Promise<{ rows: ResponseRow[]; nextCursor: string | null; total: number | null }> {
  const cursor = decodeCursor(filter.cursor, TimeCursor);
  const conditions = [
    ...responseConditions(formId, filter),
    or(isNull(feedbackResponses.participantId), isNull(participants.erasedAt)),
  ];
  // Counted for the first page only: the later pages belong to the same list.
  const total = cursor
    ? null
    : ((
        await db
          .select({ n: count() })
          .from(feedbackResponses)
          .leftJoin(participants, eq(participants.id, feedbackResponses.participantId))
          .where(and(...conditions))
      )[0]?.n ?? 0);
  if (cursor)
    conditions.push(
      sql`(${feedbackResponses.createdAt} < ${cursor.at}::timestamptz or (${feedbackResponses.createdAt} = ${cursor.at}::timestamptz and ${feedbackResponses.id} > ${cursor.id}::uuid))`,
    );
  const rows = await db
    .select({ ...responseColumns, cursorAt: sql<string>`${feedbackResponses.createdAt}::text` })
    .from(feedbackResponses)
    .leftJoin(participants, eq(participants.id, feedbackResponses.participantId))
    .where(and(...conditions))
    .orderBy(desc(feedbackResponses.createdAt), asc(feedbackResponses.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > filter.limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null;
  return { rows: page, nextCursor, total };
}

export async function listSegments(db: Queryable, formId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ segment: feedbackResponses.segment })
    .from(feedbackResponses)
    .where(eq(feedbackResponses.formId, formId))
    .orderBy(asc(feedbackResponses.segment));
  return rows.map((r) => r.segment).filter((s) => s !== '');
}

/**
 * The texts of the form's open-answer evidence that still stands, by evidence id: all of them,
 * or those of `evidenceIds`.
 */
export async function readOpenAnswerTexts(
  db: Queryable,
  sessionId: string,
  evidenceIds?: readonly string[],
) {
  if (evidenceIds?.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: evidence.id, text: evidence.text })
    .from(evidence)
    .where(
      and(
        eq(evidence.sessionId, sessionId),
        evidenceIds ? inArray(evidence.id, [...evidenceIds]) : undefined,
        isNotNull(evidence.participantId),
        sql`${evidence.withdrawnAt} is null`,
      ),
    );
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** The form's open answers that still stand, as evidence, oldest first. */
export async function readOpenAnswerEvidence(db: Queryable, sessionId: string) {
  return db
    .select({ id: evidence.id, text: evidence.text, language: evidence.language })
    .from(evidence)
    .where(
      and(
        eq(evidence.sessionId, sessionId),
        isNotNull(evidence.participantId),
        sql`${evidence.withdrawnAt} is null`,
      ),
    )
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
}

/** Erasure: a participant's responses go with them, out of every count and export. */
export async function deleteResponsesOfParticipant(db: Queryable, participantId: string) {
  await db.delete(feedbackResponses).where(eq(feedbackResponses.participantId, participantId));
}

/**
 * Counts one submission against `key` in a window of `windowMs` and returns the count so far,
 * in one statement, so parallel submissions on any instance are all counted.
 */
export async function countSubmission(
  db: Queryable,
  key: string,
  windowMs: number,
  now: Date,
): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMs);
  const [row] = await db
    .insert(feedbackRateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: feedbackRateLimits.key,
      set: {
        count: sql`case when ${feedbackRateLimits.windowStart} <= ${windowStart.toISOString()}::timestamptz then 1 else ${feedbackRateLimits.count} + 1 end`,
        windowStart: sql`case when ${feedbackRateLimits.windowStart} <= ${windowStart.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${feedbackRateLimits.windowStart} end`,
      },
    })
    .returning({ count: feedbackRateLimits.count });
  return row?.count ?? 1;
}

/** Forgets counters whose window has passed, so the table holds about a minute of posts. */
export async function deleteStaleSubmissionCounts(db: Queryable, before: Date) {
  await db.delete(feedbackRateLimits).where(lt(feedbackRateLimits.windowStart, before));
}

/** The installation's secret for form tokens and address hashes, made on first use. */
export async function feedbackSecret(db: Queryable): Promise<Buffer> {
  await db
    .insert(serverSecrets)
    .values({ name: 'feedback-forms', value: randomBytes(32) })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: serverSecrets.value })
    .from(serverSecrets)
    .where(eq(serverSecrets.name, 'feedback-forms'));
  if (!row) throw new Error('feedback-forms secret missing');
  return row.value;
}
