import { ThemeSuggestion, type ThemeSuggestionInput } from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { synthesisKey } from './boards.ts';
import { request, requestNoContent, seg } from './client.ts';

const runs = (projectId: string, boardId: string) =>
  `/projects/${seg(projectId)}/boards/${seg(boardId)}/theme-suggestions`;

export function startThemeSuggestion(
  projectId: string,
  boardId: string,
  input: z.input<typeof ThemeSuggestionInput>,
) {
  return request('POST', runs(projectId, boardId), ThemeSuggestion, input);
}

/** A run, polled twice a second while it runs. */
export const themeSuggestionQuery = (projectId: string, boardId: string, runId: string) =>
  queryOptions({
    queryKey: [...synthesisKey(projectId), 'boards', boardId, 'themes', runId],
    queryFn: () => request('GET', `${runs(projectId, boardId)}/${seg(runId)}`, ThemeSuggestion),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
  });

export function cancelThemeSuggestion(projectId: string, boardId: string, runId: string) {
  return requestNoContent('DELETE', `${runs(projectId, boardId)}/${seg(runId)}`);
}
