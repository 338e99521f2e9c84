import {
  Board,
  BoardList,
  type CreateBoardInput,
  type UpdateBoardInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { request, requestNoContent, seg } from './client.ts';

const boards = (projectId: string) => `/projects/${seg(projectId)}/boards`;

// Every key starts with ['synthesis', projectId]: a write refreshes all views of it at once.
export const synthesisKey = (projectId: string) => ['synthesis', projectId] as const;

export const boardsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...synthesisKey(projectId), 'boards'],
    queryFn: () => request('GET', boards(projectId), BoardList),
  });

export const boardQuery = (projectId: string, boardId: string) =>
  queryOptions({
    queryKey: [...synthesisKey(projectId), 'boards', boardId],
    queryFn: () => request('GET', `${boards(projectId)}/${seg(boardId)}`, Board),
  });

export function createBoard(projectId: string, input: z.input<typeof CreateBoardInput>) {
  return request('POST', boards(projectId), Board, input);
}

export function updateBoard(
  projectId: string,
  boardId: string,
  input: z.input<typeof UpdateBoardInput>,
) {
  return request('PATCH', `${boards(projectId)}/${seg(boardId)}`, Board, input);
}

export function deleteBoard(projectId: string, boardId: string): Promise<void> {
  return requestNoContent('DELETE', `${boards(projectId)}/${seg(boardId)}`);
}
