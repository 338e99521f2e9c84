import {
  Concept,
  ConceptDiff,
  ConceptDiffQuery,
  ConceptLinkInput,
  ConceptLinkKind,
  ConceptList,
  ConceptVersion,
  ConceptVersionList,
  CreateConceptInput,
  FreezeConceptInput,
  Id,
  UpdateConceptInput,
  conceptDocumentName,
  diffConcepts,
  type ConceptSnapshot,
  type ConceptVersionRef,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { createConcept } from './commands/create-concept.ts';
import { freezeConcept } from './commands/freeze-concept.ts';
import { loadConceptFor, loadConceptProject } from './concept-access.ts';
import {
  presentConcept,
  presentConceptSummary,
  presentVersion,
  presentVersionSummary,
} from './concepts.presenter.ts';
import {
  deleteConcept,
  deleteConceptLink,
  findConceptVersion,
  insertConceptLink,
  listConceptLinks,
  listConcepts,
  listConceptVersions,
  readConceptDraft,
  targetOfProject,
  updateConcept,
} from './concepts.repo.ts';

const tags = ['concepts'];
const ProjectParams = z.strictObject({ projectId: Id });
const ConceptParams = z.strictObject({ projectId: Id, conceptId: Id });
const VersionParams = ConceptParams.extend({
  number: z.coerce.number().int().positive().max(2_147_483_647),
});
const LinkParams = ConceptParams.extend({ kind: ConceptLinkKind, targetId: Id });

/**
 * Service concepts: the list, each concept's draft as last stored, its status and links, and
 * its frozen versions with a field-by-field diff between any two. The draft itself is edited
 * live (collab/); here only what frames it.
 */
export function conceptRoutes(app: App, { database, events }: AppContext) {
  const { db } = database;

  const readConcept = async (actor: Actor, projectId: string, conceptId: string) => {
    const { concept, abilities } = await loadConceptFor(db, actor, projectId, conceptId, 'read');
    const [draft, links] = await Promise.all([
      readConceptDraft(db, conceptId),
      listConceptLinks(db, conceptId),
    ]);
    return presentConcept(concept, draft, links, abilities);
  };

  const snapshotOf = async (
    conceptId: string,
    ref: ConceptVersionRef,
  ): Promise<ConceptSnapshot> => {
    if (ref === 'draft') return readConceptDraft(db, conceptId);
    const version = await findConceptVersion(db, conceptId, ref);
    if (!version) throw notFound();
    return version.snapshot;
  };

  app.get(
    '/api/v1/projects/:projectId/concepts',
    {
      schema: {
        tags,
        summary: "List the project's service concepts",
        params: ProjectParams,
        response: { 200: ConceptList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await loadConceptProject(db, actorOf(request), projectId, 'read');
      return { items: (await listConcepts(db, projectId)).map(presentConceptSummary) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/concepts',
    {
      schema: {
        tags,
        summary:
          'Create a service concept with a name and an optional summary, or from a picked idea',
        params: ProjectParams,
        body: CreateConceptInput,
        response: { 201: Concept },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      await loadConceptProject(db, actor, projectId, 'manage');
      const { name, summary, language, ideaId } = request.body;
      const id = await createConcept(db, {
        actorUserId: actor.userId,
        projectId,
        name,
        summary,
        language: language ?? request.locale,
        ideaId,
      });
      return reply.status(201).send(await readConcept(actor, projectId, id));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/concepts/:conceptId',
    {
      schema: {
        tags,
        summary: 'Get a concept with its draft as last stored and its links',
        params: ConceptParams,
        response: { 200: Concept },
      },
    },
    async (request) =>
      readConcept(actorOf(request), request.params.projectId, request.params.conceptId),
  );

  app.patch(
    '/api/v1/projects/:projectId/concepts/:conceptId',
    {
      schema: {
        tags,
        summary: "Change a concept's status",
        params: ConceptParams,
        body: UpdateConceptInput,
        response: { 200: Concept },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, conceptId } = request.params;
      await loadConceptFor(db, actor, projectId, conceptId, 'manage');
      const { version, status } = request.body;
      await onVersion(
        () => updateConcept(db, { id: conceptId, version }, { status }),
        () => readConcept(actor, projectId, conceptId),
      );
      return readConcept(actor, projectId, conceptId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/concepts/:conceptId',
    {
      schema: {
        tags,
        summary: 'Delete a concept with its versions',
        params: ConceptParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, conceptId } = request.params;
      await loadConceptFor(db, actorOf(request), projectId, conceptId, 'manage');
      await deleteConcept(db, conceptId);
      await events.emit({ type: 'concept.access_changed', conceptId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/concepts/:conceptId/links',
    {
      schema: {
        tags,
        summary: 'Link the concept to an insight, journey or persona of the project it answers',
        params: ConceptParams,
        body: ConceptLinkInput,
        response: { 201: Concept },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, conceptId } = request.params;
      await loadConceptFor(db, actor, projectId, conceptId, 'manage');
      const { kind, targetId } = request.body;
      if (!(await targetOfProject(db, projectId, kind, targetId))) throw notFound();
      await insertConceptLink(db, { conceptId, kind, targetId, createdBy: actor.userId });
      return reply.status(201).send(await readConcept(actor, projectId, conceptId));
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/concepts/:conceptId/links/:kind/:targetId',
    {
      schema: {
        tags,
        summary: 'Remove a link from the draft (frozen versions keep theirs)',
        params: LinkParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, conceptId, kind, targetId } = request.params;
      await loadConceptFor(db, actorOf(request), projectId, conceptId, 'manage');
      if (!(await deleteConceptLink(db, { conceptId, kind, targetId }))) throw notFound();
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/projects/:projectId/concepts/:conceptId/versions',
    {
      schema: {
        tags,
        summary: "List a concept's frozen versions, newest first",
        params: ConceptParams,
        response: { 200: ConceptVersionList },
      },
    },
    async (request) => {
      const { projectId, conceptId } = request.params;
      await loadConceptFor(db, actorOf(request), projectId, conceptId, 'read');
      return { items: (await listConceptVersions(db, conceptId)).map(presentVersionSummary) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/concepts/:conceptId/versions',
    {
      schema: {
        tags,
        summary: 'Freeze the draft as the next version; the draft goes on as the one after',
        params: ConceptParams,
        body: FreezeConceptInput,
        response: { 201: ConceptVersion },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, conceptId } = request.params;
      await loadConceptFor(db, actor, projectId, conceptId, 'manage');
      // What the team sees live, not what the last debounced store wrote.
      await events.emit({
        type: 'live_document.store_requested',
        documentName: conceptDocumentName(conceptId),
      });
      const number = await freezeConcept(db, {
        actorUserId: actor.userId,
        projectId,
        conceptId,
        reason: request.body.reason,
        findingIds: request.body.findingIds,
      });
      const version = await findConceptVersion(db, conceptId, number);
      if (!version) throw notFound();
      return reply.status(201).send(presentVersion(version));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/concepts/:conceptId/versions/:number',
    {
      schema: {
        tags,
        summary: 'Get a frozen version: its fields, its links then, and why it changed',
        params: VersionParams,
        response: { 200: ConceptVersion },
      },
    },
    async (request) => {
      const { projectId, conceptId, number } = request.params;
      await loadConceptFor(db, actorOf(request), projectId, conceptId, 'read');
      const version = await findConceptVersion(db, conceptId, number);
      if (!version) throw notFound();
      return presentVersion(version);
    },
  );

  app.get(
    '/api/v1/projects/:projectId/concepts/:conceptId/diff',
    {
      schema: {
        tags,
        summary: 'Compare two versions (or a version and the draft) field by field',
        params: ConceptParams,
        querystring: ConceptDiffQuery,
        response: { 200: ConceptDiff },
      },
    },
    async (request) => {
      const { projectId, conceptId } = request.params;
      await loadConceptFor(db, actorOf(request), projectId, conceptId, 'read');
      const { from, to } = request.query;
      // The draft as its editors see it, as a freeze would take it.
      if (from === 'draft' || to === 'draft')
        await events.emit({
          type: 'live_document.store_requested',
          documentName: conceptDocumentName(conceptId),
        });
      const [before, after] = await Promise.all([
        snapshotOf(conceptId, from),
        snapshotOf(conceptId, to),
      ]);
      return { from, to, fields: diffConcepts(before, after) };
    },
  );
}
