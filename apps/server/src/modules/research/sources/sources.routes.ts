import { Id, Source, SourceInput, SourceList } from '@timantti/contracts';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { sources } from '../../../db/schema.ts';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { loadResearchProject } from '../research-access.ts';
import { sourceSearchVector } from './source-search.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const SourceParams = z.strictObject({ projectId: Id, sourceId: Id });

type SourceRow = typeof sources.$inferSelect;
const presentSource = ({
  search: _search,
  createdBy: _createdBy,
  createdAt,
  ...row
}: SourceRow) => ({
  ...row,
  createdAt: createdAt.toISOString(),
});

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
      const rows = await db
        .select()
        .from(sources)
        .where(eq(sources.projectId, request.params.projectId))
        .orderBy(desc(sources.createdAt));
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
      const [row] = await db
        .insert(sources)
        .values({
          projectId: request.params.projectId,
          ...request.body,
          search: sourceSearchVector(request.body),
          createdBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error('source insert returned nothing');
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
        body: SourceInput,
        response: { 200: Source },
      },
    },
    async (request) => {
      const { projectId, sourceId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const [row] = await db
        .update(sources)
        .set({ ...request.body, search: sourceSearchVector(request.body) })
        .where(and(eq(sources.projectId, projectId), eq(sources.id, sourceId)))
        .returning();
      if (!row) throw notFound();
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
      const deleted = await db
        .delete(sources)
        .where(and(eq(sources.projectId, projectId), eq(sources.id, sourceId)))
        .returning({ id: sources.id });
      if (deleted.length === 0) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
