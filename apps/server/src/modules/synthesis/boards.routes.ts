import { Board, BoardList, CreateBoardInput, Id, UpdateBoardInput } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { App, AppContext } from '../../http/types.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { loadBoardFor, loadBoardProject } from './board-access.ts';
import { presentBoard, presentBoardSummary } from './boards.presenter.ts';
import { deleteBoard, listBoards, readDerivedRows, updateBoard } from './boards.repo.ts';
import { createBoard } from './commands/create-board.ts';

const tags = ['synthesis'];
const ProjectParams = z.strictObject({ projectId: Id });
const BoardParams = z.strictObject({ projectId: Id, boardId: Id });

/**
 * Affinity boards: the list, and each board as last stored, for readers not on it live. What
 * is on a board is written live (collab/); these routes manage the boards themselves.
 */
export function boardRoutes(app: App, { database, events }: AppContext) {
  const { db } = database;

  const readBoard = async (
    actor: Parameters<typeof loadBoardFor>[1],
    projectId: string,
    boardId: string,
  ) => {
    const { board, abilities } = await loadBoardFor(db, actor, projectId, boardId, 'read');
    return presentBoard(board, await readDerivedRows(db, boardId), abilities);
  };

  app.get(
    '/api/v1/projects/:projectId/boards',
    {
      schema: {
        tags,
        summary: "List the project's affinity boards",
        params: ProjectParams,
        response: { 200: BoardList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await loadBoardProject(db, actorOf(request), projectId, 'read');
      return { items: (await listBoards(db, projectId)).map(presentBoardSummary) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/boards',
    {
      schema: {
        tags,
        summary: 'Create an affinity board',
        params: ProjectParams,
        body: CreateBoardInput,
        response: { 201: Board },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      await loadBoardProject(db, actor, projectId, 'manage');
      const id = await createBoard(db, {
        actorUserId: actor.userId,
        projectId,
        title: request.body.title,
      });
      return reply.status(201).send(await readBoard(actor, projectId, id));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/boards/:boardId',
    {
      schema: {
        tags,
        summary: 'Get a board with its groups and cards as last stored',
        params: BoardParams,
        response: { 200: Board },
      },
    },
    async (request) =>
      readBoard(actorOf(request), request.params.projectId, request.params.boardId),
  );

  app.patch(
    '/api/v1/projects/:projectId/boards/:boardId',
    {
      schema: {
        tags,
        summary: 'Rename, archive or restore a board',
        params: BoardParams,
        body: UpdateBoardInput,
        response: { 200: Board },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, boardId } = request.params;
      await loadBoardFor(db, actor, projectId, boardId, 'manage');
      const { version, title, archived } = request.body;
      await onVersion(
        () =>
          updateBoard(
            db,
            { id: boardId, version },
            {
              title,
              archivedAt: archived === undefined ? undefined : archived ? new Date() : null,
            },
          ),
        () => readBoard(actor, projectId, boardId),
      );
      if (archived !== undefined) await events.emit({ type: 'board.access_changed', boardId });
      return readBoard(actor, projectId, boardId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/boards/:boardId',
    {
      schema: {
        tags,
        summary: 'Delete a board',
        params: BoardParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, boardId } = request.params;
      await loadBoardFor(db, actorOf(request), projectId, boardId, 'manage');
      await deleteBoard(db, boardId);
      await events.emit({ type: 'board.access_changed', boardId });
      return reply.status(204).send(null);
    },
  );
}
