import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { outerColumn } from '../../../db/outer-column.ts';
import {
  memberships,
  notes,
  participants,
  researchSessionFacilitators,
  researchSessionParticipants,
  researchSessions,
  users,
} from '../../../db/schema.ts';
import { advanceVersion } from '../../../platform/versioned-edit.ts';
import { consentStatusSql } from '../participants/participants.repo.ts';

export type SessionValues = Pick<
  typeof researchSessions.$inferInsert,
  'kind' | 'title' | 'heldOn' | 'place' | 'methodNotes'
>;

export async function listSessionRows(db: Queryable, projectId: string, sessionId?: string) {
  return db
    .select({
      session: researchSessions,
      noteCount: sql<number>`(select count(*)::int from ${notes} n where n.session_id = ${outerColumn(researchSessions.id)})`,
    })
    .from(researchSessions)
    .where(
      and(
        eq(researchSessions.projectId, projectId),
        sessionId ? eq(researchSessions.id, sessionId) : undefined,
      ),
    )
    .orderBy(desc(researchSessions.heldOn), asc(researchSessions.title));
}

export type SessionRow = Awaited<ReturnType<typeof listSessionRows>>[number];

export async function readSessionFacilitators(db: Queryable, sessionIds: string[]) {
  return db
    .select({
      sessionId: researchSessionFacilitators.sessionId,
      userId: users.id,
      displayName: users.displayName,
    })
    .from(researchSessionFacilitators)
    .innerJoin(users, eq(users.id, researchSessionFacilitators.userId))
    .where(inArray(researchSessionFacilitators.sessionId, sessionIds));
}

export type FacilitatorRow = Awaited<ReturnType<typeof readSessionFacilitators>>[number];

export async function readSessionAttendees(db: Queryable, sessionIds: string[]) {
  return db
    .select({
      sessionId: researchSessionParticipants.sessionId,
      id: participants.id,
      code: participants.code,
      consentStatus: consentStatusSql(sql`${participants.id}`),
    })
    .from(researchSessionParticipants)
    .innerJoin(participants, eq(participants.id, researchSessionParticipants.participantId))
    .where(inArray(researchSessionParticipants.sessionId, sessionIds))
    .orderBy(asc(participants.code));
}

export type AttendeeRow = Awaited<ReturnType<typeof readSessionAttendees>>[number];

/** Whether the project has this session. */
export async function sessionExists(db: Queryable, projectId: string, sessionId: string) {
  const [row] = await db
    .select({ id: researchSessions.id })
    .from(researchSessions)
    .where(and(eq(researchSessions.projectId, projectId), eq(researchSessions.id, sessionId)))
    .limit(1);
  return row !== undefined;
}

/** How many of these users are members of the organisation. */
export async function countOrganisationMembers(
  db: Queryable,
  organisationId: string,
  userIds: string[],
) {
  const found = await db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(
      and(eq(memberships.organisationId, organisationId), inArray(memberships.userId, userIds)),
    );
  return found.length;
}

/** How many of these participants belong to the project. */
export async function countProjectParticipants(
  db: Queryable,
  projectId: string,
  participantIds: string[],
) {
  const found = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.projectId, projectId), inArray(participants.id, participantIds)));
  return found.length;
}

export async function insertSession(
  db: Queryable,
  values: SessionValues & { projectId: string; createdBy: string },
) {
  const [row] = await db
    .insert(researchSessions)
    .values(values)
    .returning({ id: researchSessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return row.id;
}

/** An edit of a session of the project, made on `version` (platform/versioned-edit.ts). */
export async function editSessionValues(
  db: Queryable,
  projectId: string,
  sessionId: string,
  version: number,
  values: SessionValues,
) {
  await advanceVersion(db, researchSessions, {
    id: sessionId,
    scope: eq(researchSessions.projectId, projectId),
    expected: version,
    set: values,
  });
}

export async function replaceSessionFacilitators(
  db: Queryable,
  sessionId: string,
  userIds: string[],
) {
  await db
    .delete(researchSessionFacilitators)
    .where(eq(researchSessionFacilitators.sessionId, sessionId));
  if (userIds.length > 0) {
    await db
      .insert(researchSessionFacilitators)
      .values(userIds.map((userId) => ({ sessionId, userId })));
  }
}

export async function replaceSessionParticipants(
  db: Queryable,
  sessionId: string,
  participantIds: string[],
) {
  await db
    .delete(researchSessionParticipants)
    .where(eq(researchSessionParticipants.sessionId, sessionId));
  if (participantIds.length > 0) {
    await db
      .insert(researchSessionParticipants)
      .values(participantIds.map((participantId) => ({ sessionId, participantId })));
  }
}

/** Deletes a session of the project (its notes go with it); false when there was none. */
export async function deleteSession(db: Queryable, projectId: string, sessionId: string) {
  const deleted = await db
    .delete(researchSessions)
    .where(and(eq(researchSessions.projectId, projectId), eq(researchSessions.id, sessionId)))
    .returning({ id: researchSessions.id });
  return deleted.length > 0;
}

/** The ids of the sessions a participant took part in. */
export async function readParticipantSessionIds(db: Queryable, participantId: string) {
  const rows = await db
    .select({ id: researchSessionParticipants.sessionId })
    .from(researchSessionParticipants)
    .where(eq(researchSessionParticipants.participantId, participantId));
  return rows.map((row) => row.id);
}

/** What a participant is told of the project's sessions they took part in (an access request). */
export async function readSessionsForExport(
  db: Queryable,
  projectId: string,
  sessionIds: string[],
) {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      kind: researchSessions.kind,
      title: researchSessions.title,
      heldOn: researchSessions.heldOn,
      place: researchSessions.place,
    })
    .from(researchSessions)
    .where(
      and(eq(researchSessions.projectId, projectId), inArray(researchSessions.id, sessionIds)),
    );
}

/** Takes a participant off every session they took part in. */
export async function deleteParticipantSessionLinks(db: Queryable, participantId: string) {
  await db
    .delete(researchSessionParticipants)
    .where(eq(researchSessionParticipants.participantId, participantId));
}

/** Puts participants in a session, in one statement. */
export async function insertSessionParticipants(
  db: Queryable,
  sessionId: string,
  participantIds: string[],
) {
  await db
    .insert(researchSessionParticipants)
    .values(participantIds.map((participantId) => ({ sessionId, participantId })));
}
