import { Id, MergeTagInput, RenameTagInput, Tag, TagInput, TagList } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { onVersion } from '../../../platform/versioned-edit.ts';
import { loadResearchProject } from '../research-access.ts';
import { mergeTag } from './commands/merge-tag.ts';
import { deleteTag, insertTag, readTag, readTags, renameTag } from './tags.repo.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const TagParams = z.strictObject({ projectId: Id, tagId: Id });

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
      const tagId = await insertTag(db, projectId, request.body.name);
      return reply.status(201).send(await readTag(db, projectId, tagId));
    },
  );

  app.patch(
    '/api/v1/projects/:projectId/tags/:tagId',
    {
      schema: {
        tags,
        summary: 'Rename a tag',
        description:
          'Refused with `edit_conflict` (409) and the tag as it is now when it moved on from the ' +
          '`version` given, and with `conflict` (409) when another tag has the name.',
        params: TagParams,
        body: RenameTagInput,
        response: { 200: Tag },
      },
    },
    async (request) => {
      const { projectId, tagId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const { version, name } = request.body;
      await onVersion(
        () => renameTag(db, projectId, tagId, version, name),
        () => readTag(db, projectId, tagId),
      );
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
      await mergeTag(db, { projectId, tagId, intoTagId });
      return readTag(db, projectId, intoTagId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/tags/:tagId',
    { schema: { tags, summary: 'Delete a tag', params: TagParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const { projectId, tagId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      if (!(await deleteTag(db, projectId, tagId))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
