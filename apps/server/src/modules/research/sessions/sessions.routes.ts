import {
  Id,
  ResearchSession,
  ResearchSessionInput,
  ResearchSessionList,
} from '@timantti/contracts';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Queryable } from '../../../db/client.ts';
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
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { consentStatusSql } from '../participants/participants.repo.ts';
import { loadResearch, loadResearchProject, type ResearchAbilities } from '../research-access.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const SessionParams = z.strictObject({ projectId: Id, sessionId: Id });

async function readSessions(
  db: Queryable,
  abilities: ResearchAbilities,
  projectId: string,
  sessionId?: string,
): Promise<ResearchSession[]> {
  const rows = await db
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
  const ids = rows.map((r) => r.session.id);
  if (ids.length === 0) return [];
  const facilitators = await db
    .select({
      sessionId: researchSessionFacilitators.sessionId,
      userId: users.id,
      displayName: users.displayName,
    })
    .from(researchSessionFacilitators)
    .innerJoin(users, eq(users.id, researchSessionFacilitators.userId))
    .where(inArray(researchSessionFacilitators.sessionId, ids));
  const attendees = await db
    .select({
      sessionId: researchSessionParticipants.sessionId,
      id: participants.id,
      code: participants.code,
      consentStatus: consentStatusSql(sql`${participants.id}`),
    })
    .from(researchSessionParticipants)
    .innerJoin(participants, eq(participants.id, researchSessionParticipants.participantId))
    .where(inArray(researchSessionParticipants.sessionId, ids))
    .orderBy(asc(participants.code));
  return rows.map(({ session, noteCount }) => ({
    id: session.id,
    projectId: session.projectId,
    kind: session.kind,
    title: session.title,
    heldOn: session.heldOn,
    place: session.place,
    methodNotes: session.methodNotes,
    facilitators: facilitators
      .filter((f) => f.sessionId === session.id)
      .map(({ userId, displayName }) => ({ userId, displayName })),
    participants: attendees
      .filter((a) => a.sessionId === session.id)
      .map(({ id, code, consentStatus }) => ({ id, code, consentStatus })),
    // How many notes there are is no business of whoever may not read them.
    ...(abilities.readRawResearch ? { noteCount } : {}),
    createdAt: session.createdAt.toISOString(),
  }));
}

/** Facilitators must be members of the organisation and participants of the project. */
async function setPeople(
  db: Queryable,
  input: {
    organisationId: string;
    projectId: string;
    sessionId: string;
    facilitatorIds: string[];
    participantIds: string[];
  },
) {
  const facilitatorIds = [...new Set(input.facilitatorIds)];
  const participantIds = [...new Set(input.participantIds)];
  if (facilitatorIds.length > 0) {
    const found = await db
      .select({ id: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.organisationId, input.organisationId),
          inArray(memberships.userId, facilitatorIds),
        ),
      );
    if (found.length !== facilitatorIds.length)
      throw new AppError('not_org_member', { status: 422 });
  }
  if (participantIds.length > 0) {
    const found = await db
      .select({ id: participants.id })
      .from(participants)
      .where(
        and(eq(participants.projectId, input.projectId), inArray(participants.id, participantIds)),
      );
    if (found.length !== participantIds.length) throw notFound();
  }
  await db
    .delete(researchSessionFacilitators)
    .where(eq(researchSessionFacilitators.sessionId, input.sessionId));
  await db
    .delete(researchSessionParticipants)
    .where(eq(researchSessionParticipants.sessionId, input.sessionId));
  if (facilitatorIds.length > 0) {
    await db
      .insert(researchSessionFacilitators)
      .values(facilitatorIds.map((userId) => ({ sessionId: input.sessionId, userId })));
  }
  if (participantIds.length > 0) {
    await db
      .insert(researchSessionParticipants)
      .values(
        participantIds.map((participantId) => ({ sessionId: input.sessionId, participantId })),
      );
  }
}

export async function readSession(
  db: Db,
  abilities: ResearchAbilities,
  projectId: string,
  sessionId: string,
) {
  const [session] = await readSessions(db, abilities, projectId, sessionId);
  if (!session) throw notFound();
  return session;
}

export function researchSessionRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  app.get(
    '/api/v1/projects/:projectId/sessions',
    {
      schema: {
        tags,
        summary: 'List research sessions',
        params: ProjectParams,
        response: { 200: ResearchSessionList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      const { abilities } = await loadResearch(db, actorOf(request), projectId, 'read');
      return { items: await readSessions(db, abilities, projectId) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/sessions',
    {
      schema: {
        tags,
        summary: 'Log a research session',
        params: ProjectParams,
        body: ResearchSessionInput,
        response: { 201: ResearchSession },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const { project, abilities } = await loadResearch(db, actor, projectId, 'write');
      const { facilitatorIds, participantIds, ...values } = request.body;
      const sessionId = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(researchSessions)
          .values({ projectId, ...values, createdBy: actor.userId })
          .returning({ id: researchSessions.id });
        if (!row) throw new Error('session insert returned nothing');
        await setPeople(tx, {
          organisationId: project.organisationId,
          projectId,
          sessionId: row.id,
          facilitatorIds,
          participantIds,
        });
        return row.id;
      });
      return reply.status(201).send(await readSession(db, abilities, projectId, sessionId));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Get a research session',
        params: SessionParams,
        response: { 200: ResearchSession },
      },
    },
    async (request) => {
      const { projectId, sessionId } = request.params;
      const { abilities } = await loadResearch(db, actorOf(request), projectId, 'read');
      return readSession(db, abilities, projectId, sessionId);
    },
  );

  app.put(
    '/api/v1/projects/:projectId/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Update a research session',
        params: SessionParams,
        body: ResearchSessionInput,
        response: { 200: ResearchSession },
      },
    },
    async (request) => {
      const { projectId, sessionId } = request.params;
      const { project, abilities } = await loadResearch(db, actorOf(request), projectId, 'write');
      await readSession(db, abilities, projectId, sessionId);
      const { facilitatorIds, participantIds, ...values } = request.body;
      await db.transaction(async (tx) => {
        await tx.update(researchSessions).set(values).where(eq(researchSessions.id, sessionId));
        await setPeople(tx, {
          organisationId: project.organisationId,
          projectId,
          sessionId,
          facilitatorIds,
          participantIds,
        });
      });
      return readSession(db, abilities, projectId, sessionId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Delete a research session and its notes',
        params: SessionParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, sessionId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const deleted = await db
        .delete(researchSessions)
        .where(and(eq(researchSessions.projectId, projectId), eq(researchSessions.id, sessionId)))
        .returning({ id: researchSessions.id });
      if (deleted.length === 0) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
