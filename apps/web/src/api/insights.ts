import {
  Insight,
  InsightList,
  type InsightInput,
  type UpdateInsightInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import { request, requestNoContent, seg } from './client.ts';
import { synthesisKey } from './boards.ts';
import { queryString } from './evidence.ts';

const insights = (projectId: string) => `/projects/${seg(projectId)}/insights`;

/** Every view of the project's insights; a write to one refreshes them all. */
export const insightsKey = (projectId: string) => [...synthesisKey(projectId), 'insights'] as const;

export const insightsQuery = (projectId: string, filter: { boardId?: string } = {}) =>
  queryOptions({
    queryKey: [...insightsKey(projectId), 'list', filter],
    queryFn: () => request('GET', `${insights(projectId)}${queryString(filter)}`, InsightList),
  });

export const insightQuery = (projectId: string, insightId: string) =>
  queryOptions({
    queryKey: [...insightsKey(projectId), 'one', insightId],
    queryFn: () => request('GET', `${insights(projectId)}/${seg(insightId)}`, Insight),
  });

export function createInsight(projectId: string, input: InsightInput): Promise<Insight> {
  return request('POST', insights(projectId), Insight, input);
}

export function updateInsight(
  projectId: string,
  insightId: string,
  input: UpdateInsightInput,
): Promise<Insight> {
  return request('PATCH', `${insights(projectId)}/${seg(insightId)}`, Insight, input);
}

export function deleteInsight(projectId: string, insightId: string): Promise<void> {
  return requestNoContent('DELETE', `${insights(projectId)}/${seg(insightId)}`);
}
