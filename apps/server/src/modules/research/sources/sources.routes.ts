import { Id, Source, SourceInput, SourceList, UpdateSourceInput } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { onVersion } from '../../../platform/versioned-edit.ts';
import { loadResearchProject } from '../research-access.ts';
import { createSource } from './commands/create-source.ts';
import { updateSource } from './commands/update-source.ts';
import { presentSource } from './sources.presenter.ts';
import { deleteSource, findSource, listSources } from './sources.repo.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const SourceParams = z.strictObject({ projectId: Id, sourceId: Id });

export function sourceRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  app.get(
    '/api/v1/projects/:projectId/sources',
    {
      schema: {
        tags,
        summary: 'List desk-research sources',
        params: ProjectParams,
        response: { 200: SourceList },
      },
    },
    async (request) => {
      await loadResearchProject(db, actorOf(request), request.params.projectId, 'read');
      const rows = await listSources(db, request.params.projectId);
      return { items: rows.map(presentSource) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/sources',
    {
      schema: {
        tags,
        summary: 'Add a desk-research source',
        params: ProjectParams,
        body: SourceInput,
        response: { 201: Source },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await loadResearchProject(db, actor, request.params.projectId, 'write');
      const row = await createSource(db, {
        actorUserId: actor.userId,
        projectId: request.params.projectId,
        values: request.body,
      });
      return reply.status(201).send(presentSource(row));
    },
  );

  app.put(
    '/api/v1/projects/:projectId/sources/:sourceId',
    {
      schema: {
        tags,
        summary: 'Update a source',
        params: SourceParams,
        body: UpdateSourceInput,
        response: { 200: Source },
      },
    },
    async (request) => {
      const { projectId, sourceId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const row = await onVersion(
        () => updateSource(db, { projectId, sourceId, values: request.body }),
        async () => presentSource(await findSource(db, projectId, sourceId)),
      );
      return presentSource(row);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/sources/:sourceId',
    {
      schema: {
        tags,
        summary: 'Delete a source',
        params: SourceParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, sourceId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      if (!(await deleteSource(db, projectId, sourceId))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
