import type { Readable } from 'node:stream';
import {
  Id,
  Idea,
  IdeaInput,
  IdeaList,
  IdeaListQuery,
  SKETCH_MAX_BYTES,
  UpdateIdeaInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { uploadStore } from '../../platform/storage.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { loadProjectFor } from '../projects/project-access.ts';
import type { ProjectAccessFacts, ProjectAction } from '../projects/projects.policy.ts';
import { accessFacts } from '../projects/projects.presenter.ts';
import { createIdea } from './commands/create-idea.ts';
import { deleteIdea } from './commands/delete-idea.ts';
import { removeSketch, setSketch } from './commands/set-sketch.ts';
import { updateIdea } from './commands/update-idea.ts';
import { ideaAbilities, ideaListAbilities, mayChangeIdea, showsAuthor } from './ideas.policy.ts';
import { presentIdea } from './ideas.presenter.ts';
import { findIdea, listIdeas, type IdeaRow } from './ideas.repo.ts';

const tags = ['ideas'];
const ProjectParams = z.strictObject({ projectId: Id });
const IdeaParams = z.strictObject({ projectId: Id, ideaId: Id });
// What a browser may call an image; the bytes decide what it is (sketch-type.ts).
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

/** Ideas against insights: list, write, read, edit, pick, delete, and their sketch images. */
export function ideaRoutes(app: App, { database, config }: AppContext) {
  const { db } = database;
  const sketches = uploadStore(config, 'sketches');

  // Streamed to disk as it arrives; application/octet-stream is taken the same way (imports).
  app.addContentTypeParser(IMAGE_TYPES, (_request, payload, done) => done(null, payload));

  const loadProject = async (actor: Actor, projectId: string, action: ProjectAction) => {
    const { project, team } = await loadProjectFor(db, actor, projectId, action);
    return accessFacts(project, team);
  };

  const present = (actor: Actor, facts: ProjectAccessFacts, row: IdeaRow) =>
    presentIdea(row, {
      showAuthor: showsAuthor(actor, facts, row),
      abilities: ideaAbilities(actor, facts, row),
    });

  const readIdea = async (
    actor: Actor,
    facts: ProjectAccessFacts,
    projectId: string,
    id: string,
  ) => {
    const row = await findIdea(db, projectId, id);
    if (!row) throw notFound();
    return present(actor, facts, row);
  };

  // An idea the caller may not touch: seen, so 403, unless it is not there at all.
  const loadIdeaFor = async (
    actor: Actor,
    projectId: string,
    ideaId: string,
    allowed: (abilities: ReturnType<typeof ideaAbilities>) => boolean,
  ) => {
    const facts = await loadProject(actor, projectId, 'contribute');
    const row = await findIdea(db, projectId, ideaId);
    if (!row) throw notFound();
    const abilities = ideaAbilities(actor, facts, row);
    if (!allowed(abilities)) throw new AppError('forbidden');
    return { facts, abilities };
  };

  app.get(
    '/api/v1/projects/:projectId/ideas',
    {
      schema: {
        tags,
        summary: "List the project's ideas (or one insight's) in the order they were written",
        params: ProjectParams,
        querystring: IdeaListQuery,
        response: { 200: IdeaList },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const facts = await loadProject(actor, projectId, 'view');
      const rows = await listIdeas(db, projectId, request.query);
      return {
        items: rows.map((row) => present(actor, facts, row)),
        abilities: ideaListAbilities(actor, facts),
      };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/ideas',
    {
      schema: {
        tags,
        summary: "Write an idea against an insight or its 'How might we…?' question",
        description:
          'Everyone who contributes to the project may, customer members on the team too.',
        params: ProjectParams,
        body: IdeaInput,
        response: { 201: Idea },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const facts = await loadProject(actor, projectId, 'contribute');
      const id = await createIdea(db, {
        actorUserId: actor.userId,
        projectId,
        values: request.body,
      });
      return reply.status(201).send(await readIdea(actor, facts, projectId, id));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/ideas/:ideaId',
    {
      schema: {
        tags,
        summary: 'Get an idea',
        params: IdeaParams,
        response: { 200: Idea },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, ideaId } = request.params;
      const facts = await loadProject(actor, projectId, 'view');
      return readIdea(actor, facts, projectId, ideaId);
    },
  );

  app.patch(
    '/api/v1/projects/:projectId/ideas/:ideaId',
    {
      schema: {
        tags,
        summary: "Change an idea's text or insight, or pick it to develop into a concept",
        description:
          'Its writer and whoever may change the project change the text and insight; only the ' +
          'latter change `status` (picking). Anything else is refused with 403.',
        params: IdeaParams,
        body: UpdateIdeaInput,
        response: { 200: Idea },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, ideaId } = request.params;
      const { facts } = await loadIdeaFor(actor, projectId, ideaId, (abilities) =>
        mayChangeIdea(abilities, request.body),
      );
      await onVersion(
        () => updateIdea(db, { projectId, ideaId, values: request.body }),
        () => readIdea(actor, facts, projectId, ideaId),
      );
      return readIdea(actor, facts, projectId, ideaId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/ideas/:ideaId',
    {
      schema: {
        tags,
        summary: 'Delete an idea with its votes and sketch',
        params: IdeaParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, ideaId } = request.params;
      await loadIdeaFor(actor, projectId, ideaId, (abilities) => abilities.delete);
      await deleteIdea(db, sketches, { projectId, ideaId });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/projects/:projectId/ideas/:ideaId/sketch',
    {
      bodyLimit: SKETCH_MAX_BYTES,
      config: { file: true },
      schema: {
        tags,
        summary: "Upload the idea's sketch image, replacing any earlier one",
        description: `Send the image's bytes as the body (PNG, JPEG or WebP, at most ${SKETCH_MAX_BYTES / 1024 / 1024} MiB); its type is read from the bytes.`,
        params: IdeaParams,
        response: { 200: Idea },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, ideaId } = request.params;
      const { facts } = await loadIdeaFor(actor, projectId, ideaId, (abilities) => abilities.edit);
      const body = request.body as Readable | undefined;
      if (!body || typeof (body as Partial<Readable>).pipe !== 'function') {
        throw new AppError('unsupported_media_type');
      }
      // A stream parser is past Fastify's body limit, so a file said to be too large is refused
      // before a byte is read; one that grows past it without saying so stops at the limit.
      if (Number(request.headers['content-length']) > SKETCH_MAX_BYTES) {
        throw new AppError('payload_too_large');
      }
      await setSketch(db, sketches, { projectId, ideaId, body });
      return readIdea(actor, facts, projectId, ideaId);
    },
  );

  app.get(
    '/api/v1/projects/:projectId/ideas/:ideaId/sketch',
    {
      schema: {
        tags,
        summary: "The idea's sketch image, as the type its bytes are",
        params: IdeaParams,
        querystring: z.strictObject({ v: Id.optional() }),
        response: { 200: z.unknown().describe('PNG, JPEG or WebP image') },
      },
    },
    async (request, reply) => {
      const { projectId, ideaId } = request.params;
      await loadProject(actorOf(request), projectId, 'view');
      const row = await findIdea(db, projectId, ideaId);
      if (!row?.sketchId || !row.sketchType) throw notFound();
      return reply
        .type(row.sketchType)
        .header('content-disposition', 'inline')
        .header('x-content-type-options', 'nosniff')
        .header('content-length', String(row.sketchBytes))
        .send(sketches.open(row.sketchId));
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/ideas/:ideaId/sketch',
    {
      schema: {
        tags,
        summary: "Remove the idea's sketch image",
        params: IdeaParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, ideaId } = request.params;
      await loadIdeaFor(actor, projectId, ideaId, (abilities) => abilities.edit);
      await removeSketch(db, sketches, { projectId, ideaId });
      return reply.status(204).send(null);
    },
  );
}
