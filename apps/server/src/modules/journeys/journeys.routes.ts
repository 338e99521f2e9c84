import {
  CreateJourneyInput,
  Id,
  Journey,
  JourneyList,
  UpdateJourneyInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { createJourney } from './commands/create-journey.ts';
import { loadJourneyFor, loadJourneyProject } from './journey-access.ts';
import { presentJourney, presentJourneySummary } from './journeys.presenter.ts';
import {
  deleteJourney,
  listJourneys,
  personaOfProject,
  readJourneyRows,
  updateJourney,
} from './journeys.repo.ts';

const tags = ['journeys'];
const ProjectParams = z.strictObject({ projectId: Id });
const JourneyParams = z.strictObject({ projectId: Id, journeyId: Id });

/**
 * Service journey maps: the list, and each map as last stored, for readers not on it live.
 * The map itself is edited live (collab/); here only what frames it.
 */
export function journeyRoutes(app: App, { database, events }: AppContext) {
  const { db } = database;

  const readJourney = async (actor: Actor, projectId: string, journeyId: string) => {
    const { journey, abilities } = await loadJourneyFor(db, actor, projectId, journeyId, 'read');
    return presentJourney(journey, await readJourneyRows(db, journeyId), abilities);
  };

  app.get(
    '/api/v1/projects/:projectId/journeys',
    {
      schema: {
        tags,
        summary: "List the project's service journey maps",
        params: ProjectParams,
        response: { 200: JourneyList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await loadJourneyProject(db, actorOf(request), projectId, 'read');
      return { items: (await listJourneys(db, projectId)).map(presentJourneySummary) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/journeys',
    {
      schema: {
        tags,
        summary: 'Create a journey map from a template or as a copy of another',
        params: ProjectParams,
        body: CreateJourneyInput,
        response: { 201: Journey },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      await loadJourneyProject(db, actor, projectId, 'manage');
      const { title, kind, personaId, language, start } = request.body;
      const id = await createJourney(db, {
        actorUserId: actor.userId,
        projectId,
        title,
        kind,
        personaId,
        language: language ?? request.locale,
        start,
      });
      return reply.status(201).send(await readJourney(actor, projectId, id));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/journeys/:journeyId',
    {
      schema: {
        tags,
        summary: 'Get a journey map with its stages, lanes, cells and citations as last stored',
        params: JourneyParams,
        response: { 200: Journey },
      },
    },
    async (request) =>
      readJourney(actorOf(request), request.params.projectId, request.params.journeyId),
  );

  app.patch(
    '/api/v1/projects/:projectId/journeys/:journeyId',
    {
      schema: {
        tags,
        summary: 'Rename a journey map, change its kind or persona, archive or restore it',
        params: JourneyParams,
        body: UpdateJourneyInput,
        response: { 200: Journey },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, journeyId } = request.params;
      await loadJourneyFor(db, actor, projectId, journeyId, 'manage');
      const { version, title, kind, personaId, archived } = request.body;
      if (personaId && !(await personaOfProject(db, projectId, personaId))) throw notFound();
      await onVersion(
        () =>
          updateJourney(
            db,
            { id: journeyId, version },
            {
              title,
              kind,
              personaId,
              archivedAt: archived === undefined ? undefined : archived ? new Date() : null,
            },
          ),
        () => readJourney(actor, projectId, journeyId),
      );
      if (archived !== undefined) await events.emit({ type: 'journey.access_changed', journeyId });
      return readJourney(actor, projectId, journeyId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/journeys/:journeyId',
    {
      schema: {
        tags,
        summary: 'Delete a journey map',
        params: JourneyParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, journeyId } = request.params;
      await loadJourneyFor(db, actorOf(request), projectId, journeyId, 'manage');
      await deleteJourney(db, journeyId);
      await events.emit({ type: 'journey.access_changed', journeyId });
      return reply.status(204).send(null);
    },
  );
}
