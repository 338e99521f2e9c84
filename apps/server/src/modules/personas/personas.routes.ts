import { Id, Persona, PersonaInput, PersonaList, UpdatePersonaInput } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { loadProjectMaterial } from '../projects/project-access.ts';
import { createPersona } from './commands/create-persona.ts';
import { updatePersona } from './commands/update-persona.ts';
import { citedIds } from './persona-values.ts';
import { presentPersona, presentPersonaSummary } from './personas.presenter.ts';
import { deletePersona, findPersona, listPersonas, readPersonaCitations } from './personas.repo.ts';
import { readCitedEvidence } from '../research/evidence/evidence.repo.ts';

const tags = ['personas'];
const ProjectParams = z.strictObject({ projectId: Id });
const PersonaParams = z.strictObject({ projectId: Id, personaId: Id });

/** Personas and customer stories and the evidence behind them: list, write, read, edit, delete. */
export function personaRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  const readPersona = async (
    projectId: string,
    personaId: string,
    abilities: { edit: boolean },
  ) => {
    const row = await findPersona(db, projectId, personaId);
    if (!row) throw notFound();
    const citations = await readPersonaCitations(db, personaId);
    const evidence = await readCitedEvidence(db, citedIds(citations));
    return presentPersona(row, citations, evidence, abilities);
  };

  app.get(
    '/api/v1/projects/:projectId/personas',
    {
      schema: {
        tags,
        summary: "List the project's personas and customer stories, newest first",
        params: ProjectParams,
        response: { 200: PersonaList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await loadProjectMaterial(db, actorOf(request), projectId, 'read');
      const rows = await listPersonas(db, projectId);
      return { items: rows.map(presentPersonaSummary) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/personas',
    {
      schema: {
        tags,
        summary: 'Write a persona or customer story whose fields cite evidence of the project',
        params: ProjectParams,
        body: PersonaInput,
        response: { 201: Persona },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const abilities = await loadProjectMaterial(db, actor, projectId, 'write');
      const id = await createPersona(db, {
        actorUserId: actor.userId,
        projectId,
        values: request.body,
      });
      return reply.status(201).send(await readPersona(projectId, id, abilities));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/personas/:personaId',
    {
      schema: {
        tags,
        summary: 'Get a persona with the evidence each field cites, its sessions and people',
        params: PersonaParams,
        response: { 200: Persona },
      },
    },
    async (request) => {
      const { projectId, personaId } = request.params;
      const abilities = await loadProjectMaterial(db, actorOf(request), projectId, 'read');
      return readPersona(projectId, personaId, abilities);
    },
  );

  app.patch(
    '/api/v1/projects/:projectId/personas/:personaId',
    {
      schema: {
        tags,
        summary: "Change a persona's fields or the evidence they cite",
        params: PersonaParams,
        body: UpdatePersonaInput,
        response: { 200: Persona },
      },
    },
    async (request) => {
      const { projectId, personaId } = request.params;
      const abilities = await loadProjectMaterial(db, actorOf(request), projectId, 'write');
      await onVersion(
        () => updatePersona(db, { projectId, personaId, values: request.body }),
        () => readPersona(projectId, personaId, abilities),
      );
      return readPersona(projectId, personaId, abilities);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/personas/:personaId',
    {
      schema: {
        tags,
        summary: 'Delete a persona (the evidence it cites stays)',
        params: PersonaParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, personaId } = request.params;
      await loadProjectMaterial(db, actorOf(request), projectId, 'write');
      if (!(await deletePersona(db, projectId, personaId))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
