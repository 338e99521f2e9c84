import {
  ConceptHistory,
  TestRound,
  TestRoundList,
  type CreateTestRoundInput,
  type RecordFindingInput,
  type UpdateTestRoundInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import { conceptsKey } from './concepts.ts';
import { request, requestNoContent, seg } from './client.ts';

const concept = (projectId: string, conceptId: string) =>
  `/projects/${seg(projectId)}/concepts/${seg(conceptId)}`;
const rounds = (projectId: string, conceptId: string) =>
  `${concept(projectId, conceptId)}/test-rounds`;
const round = (projectId: string, conceptId: string, roundId: string) =>
  `${rounds(projectId, conceptId)}/${seg(roundId)}`;

/** Under the concepts' key: starting a version changes what the concept pages show too. */
export const conceptTestsKey = (projectId: string, conceptId: string) =>
  [...conceptsKey(projectId), conceptId, 'tests'] as const;

export const testRoundsQuery = (projectId: string, conceptId: string) =>
  queryOptions({
    queryKey: [...conceptTestsKey(projectId, conceptId), 'rounds'],
    queryFn: () => request('GET', rounds(projectId, conceptId), TestRoundList),
  });

export const testRoundQuery = (projectId: string, conceptId: string, roundId: string) =>
  queryOptions({
    queryKey: [...conceptTestsKey(projectId, conceptId), 'rounds', roundId],
    queryFn: () => request('GET', round(projectId, conceptId, roundId), TestRound),
  });

export const conceptHistoryQuery = (projectId: string, conceptId: string) =>
  queryOptions({
    queryKey: [...conceptTestsKey(projectId, conceptId), 'history'],
    queryFn: () => request('GET', `${concept(projectId, conceptId)}/history`, ConceptHistory),
  });

export function createTestRound(projectId: string, conceptId: string, input: CreateTestRoundInput) {
  return request('POST', rounds(projectId, conceptId), TestRound, input);
}

export function updateTestRound(
  projectId: string,
  conceptId: string,
  roundId: string,
  input: UpdateTestRoundInput,
) {
  return request('PUT', round(projectId, conceptId, roundId), TestRound, input);
}

export function deleteTestRound(projectId: string, conceptId: string, roundId: string) {
  return requestNoContent('DELETE', round(projectId, conceptId, roundId));
}

export function recordFinding(
  projectId: string,
  conceptId: string,
  roundId: string,
  hypothesisId: string,
  input: RecordFindingInput,
) {
  return request(
    'PUT',
    `${round(projectId, conceptId, roundId)}/hypotheses/${seg(hypothesisId)}/finding`,
    TestRound,
    input,
  );
}

export function startNextVersion(projectId: string, conceptId: string, roundId: string) {
  return request('POST', `${round(projectId, conceptId, roundId)}/next-version`, TestRound);
}
