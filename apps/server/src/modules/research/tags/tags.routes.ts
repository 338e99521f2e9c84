import { Id, MergeTagInput, Tag, TagInput, TagList } from '@timantti/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../../db/client.ts';
import { outerColumn } from '../../../db/outer-column.ts';
import { evidenceTags, tags as tagTable } from '../../../db/schema.ts';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { loadResearchProject } from '../research-access.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const TagParams = z.strictObject({ projectId: Id, tagId: Id });

async function readTags(db: Queryable, projectId: string, tagId?: string) {
  return db
    .select({
      id: tagTable.id,
      name: tagTable.name,
      evidenceCount: sql<number>`(select count(*)::int from ${evidenceTags} et where et.tag_id = ${outerColumn(tagTable.id)})`,
    })
    .from(tagTable)
    .where(and(eq(tagTable.projectId, projectId), tagId ? eq(tagTable.id, tagId) : undefined))
    .orderBy(asc(sql`lower(${tagTable.name})`));
}

async function readTag(db: Queryable, projectId: string, tagId: string) {
  const [tag] = await readTags(db, projectId, tagId);
  if (!tag) throw notFound();
  return tag;
}

// The codebook keeps one tag per name, whatever its case.
const isDuplicateName = (error: unknown) =>
  error instanceof Error &&
  'cause' in error &&
  (error.cause as { code?: string } | undefined)?.code === '23505';

export function tagRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  app.get(
    '/api/v1/projects/:projectId/tags',
    {
      schema: {
        tags,
        summary: "The project's codebook, with counts",
        params: ProjectParams,
        response: { 200: TagList },
      },
    },
    async (request) => {
      await loadResearchProject(db, actorOf(request), request.params.projectId, 'read');
      return { items: await readTags(db, request.params.projectId) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/tags',
    {
      schema: {
        tags,
        summary: 'Add a tag',
        params: ProjectParams,
        body: TagInput,
        response: { 201: Tag },
      },
    },
    async (request, reply) => {
      const { projectId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const [row] = await db
        .insert(tagTable)
        .values({ projectId, name: request.body.name })
        .returning({ id: tagTable.id })
        .catch((error: unknown) => {
          throw isDuplicateName(error) ? new AppError('conflict', { status: 409 }) : error;
        });
      if (!row) throw new Error('tag insert returned nothing');
      return reply.status(201).send(await readTag(db, projectId, row.id));
    },
  );

  app.patch(
    '/api/v1/projects/:projectId/tags/:tagId',
    {
      schema: {
        tags,
        summary: 'Rename a tag',
        params: TagParams,
        body: TagInput,
        response: { 200: Tag },
      },
    },
    async (request) => {
      const { projectId, tagId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const updated = await db
        .update(tagTable)
        .set({ name: request.body.name })
        .where(and(eq(tagTable.projectId, projectId), eq(tagTable.id, tagId)))
        .returning({ id: tagTable.id })
        .catch((error: unknown) => {
          throw isDuplicateName(error) ? new AppError('conflict', { status: 409 }) : error;
        });
      if (updated.length === 0) throw notFound();
      return readTag(db, projectId, tagId);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/tags/:tagId/merge',
    {
      schema: {
        tags,
        summary: 'Merge a tag into another',
        params: TagParams,
        body: MergeTagInput,
        response: { 200: Tag },
      },
    },
    async (request) => {
      const { projectId, tagId } = request.params;
      const { intoTagId } = request.body;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      await readTag(db, projectId, tagId);
      await readTag(db, projectId, intoTagId);
      if (tagId !== intoTagId) {
        await db.transaction(async (tx) => {
          await tx.execute(sql`
            insert into ${evidenceTags} (evidence_id, tag_id)
            select evidence_id, ${intoTagId} from ${evidenceTags} where tag_id = ${tagId}
            on conflict do nothing`);
          await tx.delete(tagTable).where(eq(tagTable.id, tagId));
        });
      }
      return readTag(db, projectId, intoTagId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/tags/:tagId',
    { schema: { tags, summary: 'Delete a tag', params: TagParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const { projectId, tagId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const deleted = await db
        .delete(tagTable)
        .where(and(eq(tagTable.projectId, projectId), eq(tagTable.id, tagId)))
        .returning({ id: tagTable.id });
      if (deleted.length === 0) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
