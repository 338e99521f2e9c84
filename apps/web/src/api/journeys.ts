import {
  Journey,
  JourneyList,
  type CreateJourneyInput,
  type UpdateJourneyInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { synthesisKey } from './boards.ts';
import { request, requestNoContent, seg } from './client.ts';

const journeys = (projectId: string) => `/projects/${seg(projectId)}/journeys`;

export const journeysQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...synthesisKey(projectId), 'journeys'],
    queryFn: () => request('GET', journeys(projectId), JourneyList),
  });

export const journeyQuery = (projectId: string, journeyId: string) =>
  queryOptions({
    queryKey: [...synthesisKey(projectId), 'journeys', journeyId],
    queryFn: () => request('GET', `${journeys(projectId)}/${seg(journeyId)}`, Journey),
  });

export function createJourney(projectId: string, input: z.input<typeof CreateJourneyInput>) {
  return request('POST', journeys(projectId), Journey, input);
}

export function updateJourney(
  projectId: string,
  journeyId: string,
  input: z.input<typeof UpdateJourneyInput>,
) {
  return request('PATCH', `${journeys(projectId)}/${seg(journeyId)}`, Journey, input);
}

export function deleteJourney(projectId: string, journeyId: string): Promise<void> {
  return requestNoContent('DELETE', `${journeys(projectId)}/${seg(journeyId)}`);
}
