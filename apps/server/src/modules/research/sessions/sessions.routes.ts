import {
  Id,
  ResearchSession,
  ResearchSessionInput,
  ResearchSessionList,
  UpdateResearchSessionInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { onVersion } from '../../../platform/versioned-edit.ts';
import { loadResearch, loadResearchProject } from '../research-access.ts';
import { createSession } from './commands/create-session.ts';
import { updateSession } from './commands/update-session.ts';
import { readSession, readSessions } from './queries/read-sessions.ts';
import { deleteSession } from './sessions.repo.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const SessionParams = z.strictObject({ projectId: Id, sessionId: Id });

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
      const sessionId = await createSession(db, {
        actorUserId: actor.userId,
        organisationId: project.organisationId,
        projectId,
        values: request.body,
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
        body: UpdateResearchSessionInput,
        response: { 200: ResearchSession },
      },
    },
    async (request) => {
      const { projectId, sessionId } = request.params;
      const { project, abilities } = await loadResearch(db, actorOf(request), projectId, 'write');
      await onVersion(
        () =>
          updateSession(db, {
            organisationId: project.organisationId,
            projectId,
            sessionId,
            values: request.body,
          }),
        () => readSession(db, abilities, projectId, sessionId),
      );
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
      if (!(await deleteSession(db, projectId, sessionId))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
