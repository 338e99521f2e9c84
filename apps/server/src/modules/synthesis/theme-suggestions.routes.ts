import { Id, ThemeSuggestion, ThemeSuggestionInput } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { App, AppContext } from '../../http/types.ts';
import { AppError } from '../../platform/errors.ts';
import { loadBoardFor } from './board-access.ts';
import { startThemeSuggestion } from './commands/start-theme-suggestion.ts';
import { presentThemeSuggestion } from './theme-suggestions.presenter.ts';
import { cancelThemeSuggestion, findThemeSuggestion } from './theme-suggestions.repo.ts';

const tags = ['synthesis'];
const BoardParams = z.strictObject({ projectId: Id, boardId: Id });
const SuggestionParams = z.strictObject({ projectId: Id, boardId: Id, suggestionId: Id });
/**
 * Machine theme suggestion for cards of a board, off the request thread: a run is started,
 * then polled for its progress and proposed themes, or cancelled. Proposals move nothing.
 */
export function themeSuggestionRoutes(app: App, { database, jobs }: AppContext) {
  const { db } = database;

  app.post(
    '/api/v1/projects/:projectId/boards/:boardId/theme-suggestions',
    {
      schema: {
        tags,
        summary: 'Suggest themes for cards of a board',
        description:
          'Queues a run as a job and answers at once (202); poll the run for its ' +
          'progress and, when done, the proposed themes: labels of key terms and card ids.',
        params: BoardParams,
        body: ThemeSuggestionInput,
        response: { 202: ThemeSuggestion },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, boardId } = request.params;
      // Proposals are for the people grouping the cards, so whoever edits the board asks.
      const { project, abilities } = await loadBoardFor(
        db,
        actor,
        projectId,
        boardId,
        'contribute',
      );
      if (!abilities.edit) throw new AppError('forbidden');
      const row = await startThemeSuggestion(db, jobs, {
        organisationId: project.organisationId,
        projectId,
        boardId,
        userId: actor.userId,
        values: request.body,
      });
      return reply.status(202).send(presentThemeSuggestion(row));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/boards/:boardId/theme-suggestions/:suggestionId',
    {
      schema: {
        tags,
        summary: 'The progress and result of a theme suggestion run',
        params: SuggestionParams,
        response: { 200: ThemeSuggestion },
      },
    },
    async (request) => {
      const { projectId, boardId, suggestionId } = request.params;
      await loadBoardFor(db, actorOf(request), projectId, boardId, 'read');
      return presentThemeSuggestion(await findThemeSuggestion(db, boardId, suggestionId));
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/boards/:boardId/theme-suggestions/:suggestionId',
    {
      schema: {
        tags,
        summary: 'Cancel a theme suggestion run',
        params: SuggestionParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, boardId, suggestionId } = request.params;
      await loadBoardFor(db, actorOf(request), projectId, boardId, 'contribute');
      const run = await findThemeSuggestion(db, boardId, suggestionId);
      await cancelThemeSuggestion(db, suggestionId);
      // Stops it on whichever instance runs it.
      if (run.jobId) await jobs.cancel(run.jobId);
      return reply.status(204).send(null);
    },
  );
}
