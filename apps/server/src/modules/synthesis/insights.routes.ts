import {
  Id,
  Insight,
  InsightInput,
  InsightList,
  InsightListQuery,
  UpdateInsightInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { loadProjectFor } from '../projects/project-access.ts';
import type { ProjectAction } from '../projects/projects.policy.ts';
import { accessFacts } from '../projects/projects.presenter.ts';
import { createInsight } from './commands/create-insight.ts';
import { updateInsight } from './commands/update-insight.ts';
import { insightAbilities, mayChangeInsight, type InsightAbilities } from './insights.policy.ts';
import { presentInsight, presentInsightSummary } from './insights.presenter.ts';
import { deleteInsight, findInsight, listInsights, readInsightEvidence } from './insights.repo.ts';

const tags = ['synthesis'];
const ProjectParams = z.strictObject({ projectId: Id });
const InsightParams = z.strictObject({ projectId: Id, insightId: Id });

/** Insights and the evidence behind them: list, write, read, edit, delete. */
export function insightRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  // 404 for whoever does not see the project, 403 (409 while archived) for whoever may not act.
  const loadInsightProject = async (actor: Actor, projectId: string, action: ProjectAction) => {
    const { project, team } = await loadProjectFor(db, actor, projectId, action);
    return insightAbilities(actor, accessFacts(project, team));
  };

  const readInsight = async (projectId: string, insightId: string, abilities: InsightAbilities) => {
    const row = await findInsight(db, projectId, insightId);
    if (!row) throw notFound();
    return presentInsight(row, await readInsightEvidence(db, insightId), abilities);
  };

  app.get(
    '/api/v1/projects/:projectId/insights',
    {
      schema: {
        tags,
        summary: "List the project's insights, newest first, with the evidence behind each counted",
        params: ProjectParams,
        querystring: InsightListQuery,
        response: { 200: InsightList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await loadInsightProject(actorOf(request), projectId, 'view');
      const rows = await listInsights(db, projectId, request.query);
      return { items: rows.map(presentInsightSummary) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/insights',
    {
      schema: {
        tags,
        summary: 'Write an insight resting on evidence of the project',
        params: ProjectParams,
        body: InsightInput,
        response: { 201: Insight },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const abilities = await loadInsightProject(actor, projectId, 'update');
      const id = await createInsight(db, {
        actorUserId: actor.userId,
        projectId,
        values: request.body,
      });
      return reply.status(201).send(await readInsight(projectId, id, abilities));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/insights/:insightId',
    {
      schema: {
        tags,
        summary: 'Get an insight with its evidence, the sessions and people behind it',
        params: InsightParams,
        response: { 200: Insight },
      },
    },
    async (request) => {
      const { projectId, insightId } = request.params;
      const abilities = await loadInsightProject(actorOf(request), projectId, 'view');
      return readInsight(projectId, insightId, abilities);
    },
  );

  app.patch(
    '/api/v1/projects/:projectId/insights/:insightId',
    {
      schema: {
        tags,
        summary: "Change an insight's statement, question or evidence",
        description:
          'A customer member on the team may change the question (`hmw`) only; a change that ' +
          'names `statement` or `evidenceIds` is refused for them with 403.',
        params: InsightParams,
        body: UpdateInsightInput,
        response: { 200: Insight },
      },
    },
    async (request) => {
      const { projectId, insightId } = request.params;
      const abilities = await loadInsightProject(actorOf(request), projectId, 'contribute');
      if (!mayChangeInsight(abilities, request.body)) throw new AppError('forbidden');
      await onVersion(
        () => updateInsight(db, { projectId, insightId, values: request.body }),
        () => readInsight(projectId, insightId, abilities),
      );
      return readInsight(projectId, insightId, abilities);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/insights/:insightId',
    {
      schema: {
        tags,
        summary: 'Delete an insight (its evidence stays)',
        params: InsightParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, insightId } = request.params;
      await loadInsightProject(actorOf(request), projectId, 'update');
      if (!(await deleteInsight(db, projectId, insightId))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
