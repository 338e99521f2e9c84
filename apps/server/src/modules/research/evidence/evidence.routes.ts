import {
  CreateEvidenceInput,
  Evidence,
  EvidenceList,
  Id,
  inputString,
  SetEvidenceTagsInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { onVersion } from '../../../platform/versioned-edit.ts';
import { createEvidence } from './commands/create-evidence.ts';
import { tagEvidence } from './commands/tag-evidence.ts';
import { deleteEvidence, readEvidencePage, readOneEvidence } from './evidence.repo.ts';
import { loadResearchProject } from '../research-access.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const EvidenceParams = z.strictObject({ projectId: Id, evidenceId: Id });
const EvidenceQuery = z.strictObject({
  participantId: Id.optional(),
  tagId: Id.optional(),
  noteId: Id.optional(),
  sessionId: Id.optional(),
  cursor: inputString().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function evidenceRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  app.get(
    '/api/v1/projects/:projectId/evidence',
    {
      schema: {
        tags,
        summary: 'List evidence, newest first, a page at a time',
        params: ProjectParams,
        querystring: EvidenceQuery,
        response: { 200: EvidenceList },
      },
    },
    async (request) => {
      await loadResearchProject(db, actorOf(request), request.params.projectId, 'read');
      return readEvidencePage(db, request.params.projectId, request.query);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/evidence',
    {
      schema: {
        tags,
        summary: 'Make evidence from a passage of a note, or write it directly',
        params: ProjectParams,
        body: CreateEvidenceInput,
        response: { 201: Evidence },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      await loadResearchProject(db, actor, projectId, 'write');
      const id = await createEvidence(db, {
        actorUserId: actor.userId,
        projectId,
        locale: request.locale,
        values: request.body,
      });
      return reply.status(201).send(await readOneEvidence(db, projectId, id));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Get an evidence item',
        params: EvidenceParams,
        response: { 200: Evidence },
      },
    },
    async (request) => {
      await loadResearchProject(db, actorOf(request), request.params.projectId, 'read');
      return readOneEvidence(db, request.params.projectId, request.params.evidenceId);
    },
  );

  app.put(
    '/api/v1/projects/:projectId/evidence/:evidenceId/tags',
    {
      schema: {
        tags,
        summary: 'Set the tags of an evidence item',
        params: EvidenceParams,
        body: SetEvidenceTagsInput,
        response: { 200: Evidence },
      },
    },
    async (request) => {
      const { projectId, evidenceId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      const { version, tagIds } = request.body;
      await onVersion(
        () => tagEvidence(db, { projectId, evidenceId, version, tagIds }),
        () => readOneEvidence(db, projectId, evidenceId),
      );
      return readOneEvidence(db, projectId, evidenceId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Delete an evidence item',
        params: EvidenceParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, evidenceId } = request.params;
      await loadResearchProject(db, actorOf(request), projectId, 'write');
      if (!(await deleteEvidence(db, projectId, evidenceId))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
