import type { ConsentStatus } from '@timantti/contracts';
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { outerColumn } from '../../../db/outer-column.ts';
import {
  consents,
  evidence,
  participantContacts,
  participants,
  projects,
} from '../../../db/schema.ts';
import { advanceVersion } from '../../../platform/versioned-edit.ts';

export type ParticipantRow = typeof participants.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;

// The latest consent decides: withdrawn beats expired beats valid.
export const consentStatusSql = (participantId: SQL) => sql<ConsentStatus>`(
  select case
    when c.id is null then 'missing'
    when c.withdrawn_on is not null then 'withdrawn'
    when c.expires_on is not null and c.expires_on < current_date then 'expired'
    else 'valid' end
  from (select 1) one
  left join lateral (
    select * from ${consents} c where c.participant_id = ${participantId}
    order by c.created_at desc limit 1) c on true)`;

const participantId = outerColumn(participants.id);

const listColumns = {
  participant: participants,
  consentStatus: consentStatusSql(participantId),
  hasContact: sql<boolean>`exists (select 1 from ${participantContacts} pc where pc.participant_id = ${participantId})`,
  evidenceCount: sql<number>`(select count(*)::int from ${evidence} e where e.participant_id = ${participantId} and e.withdrawn_at is null)`,
};

/** A participant of the project, locked for an erasure. */
export async function lockParticipant(db: Queryable, projectId: string, participantId: string) {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.projectId, projectId), eq(participants.id, participantId)))
    .for('update');
  return row ?? null;
}

export async function listParticipants(db: Queryable, projectId: string) {
  return db
    .select(listColumns)
    .from(participants)
    .where(eq(participants.projectId, projectId))
    .orderBy(asc(participants.code));
}

export async function findParticipant(db: Queryable, projectId: string, participantId: string) {
  const [row] = await db
    .select(listColumns)
    .from(participants)
    .where(and(eq(participants.projectId, projectId), eq(participants.id, participantId)))
    .limit(1);
  return row ?? null;
}

export async function latestConsents(db: Queryable, participantIds: string[]) {
  if (participantIds.length === 0) return new Map<string, ConsentRow>();
  const rows = await db
    .selectDistinctOn([consents.participantId])
    .from(consents)
    .where(sql`${consents.participantId} in ${participantIds}`)
    .orderBy(consents.participantId, sql`${consents.createdAt} desc`);
  return new Map(rows.map((row) => [row.participantId, row]));
}

/**
 * The next free pseudonymous code of the project, H-001, H-002 … The project row is locked
 * against another allocation until the transaction ends, but not against the foreign-key checks
 * of other writes to the project (no key update): an import holding it for its whole run does
 * not hold up the notes and evidence others add meanwhile.
 */
export async function nextParticipantCode(db: Queryable, projectId: string): Promise<string> {
  await db.execute(sql`select 1 from ${projects} where id = ${projectId} for no key update`);
  const [row] = await db
    .select({
      n: sql<number>`coalesce(max(nullif(regexp_replace(${participants.code}, '\\D', '', 'g'), '')::int), 0)::int`,
    })
    .from(participants)
    .where(eq(participants.projectId, projectId));
  return `H-${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

export async function insertParticipant(db: Queryable, values: typeof participants.$inferInsert) {
  const [row] = await db.insert(participants).values(values).returning();
  if (!row) throw new Error('participant insert returned nothing');
  return row;
}

/**
 * An edit of a participant of the project that is not erased, made on `version`
 * (platform/versioned-edit.ts).
 */
export async function editParticipant(
  db: Queryable,
  projectId: string,
  participantId: string,
  version: number,
  values: Partial<Pick<ParticipantRow, 'kind' | 'segment' | 'attributes'>>,
) {
  await advanceVersion(db, participants, {
    id: participantId,
    scope: and(eq(participants.projectId, projectId), isNull(participants.erasedAt)),
    expected: version,
    set: values,
  });
}

/**
 * Keeps only the pseudonymous code of an erased participant. The version moves on, so an edit
 * made before the erasure is refused rather than writing the background back.
 */
export async function markParticipantErased(db: Queryable, participantId: string) {
  await db
    .update(participants)
    .set({
      segment: '',
      attributes: {},
      erasedAt: sql`now()`,
      version: sql`${participants.version} + 1`,
    })
    .where(eq(participants.id, participantId));
}

/** A participant's consents in the order they were recorded, for an access request. */
export async function readConsentHistory(db: Queryable, participantId: string) {
  return db
    .select({
      purpose: consents.purpose,
      givenOn: consents.givenOn,
      method: consents.method,
      expiresOn: consents.expiresOn,
      withdrawnOn: consents.withdrawnOn,
    })
    .from(consents)
    .where(eq(consents.participantId, participantId))
    .orderBy(asc(consents.createdAt));
}

export async function insertConsent(db: Queryable, values: typeof consents.$inferInsert) {
  await db.insert(consents).values(values);
}

export async function insertConsents(db: Queryable, values: (typeof consents.$inferInsert)[]) {
  await db.insert(consents).values(values);
}

export async function deleteConsents(db: Queryable, participantId: string) {
  await db.delete(consents).where(eq(consents.participantId, participantId));
}

export async function withdrawLatestConsent(
  db: Queryable,
  participantId: string,
  withdrawnOn: string,
) {
  await db.execute(sql`
    update ${consents} set withdrawn_on = ${withdrawnOn}
    where id = (select id from ${consents} where participant_id = ${participantId} order by created_at desc limit 1)`);
}

export async function findContact(db: Queryable, participantId: string) {
  const [row] = await db
    .select()
    .from(participantContacts)
    .where(eq(participantContacts.participantId, participantId))
    .limit(1);
  return row ?? null;
}

export async function deleteContact(db: Queryable, participantId: string) {
  await db.delete(participantContacts).where(eq(participantContacts.participantId, participantId));
}

export async function upsertContact(
  db: Queryable,
  participantId: string,
  contact: { name: string; phone: string; email: string },
) {
  await db
    .insert(participantContacts)
    .values({ participantId, ...contact })
    .onConflictDoUpdate({
      target: participantContacts.participantId,
      set: { ...contact, updatedAt: sql`now()` },
    });
}

/** Inserts participants in one statement; answers their ids in the order given. */
export async function insertParticipants(
  db: Queryable,
  values: (typeof participants.$inferInsert)[],
) {
  return db.insert(participants).values(values).returning({ id: participants.id });
}
