import {
  Idea,
  IdeaList,
  VotingRound,
  VotingRoundList,
  type IdeaInput,
  type UpdateIdeaInput,
  type VotingRoundInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import { request, requestNoContent, seg, upload } from './client.ts';
import { synthesisKey } from './boards.ts';

const ideas = (projectId: string) => `/projects/${seg(projectId)}/ideas`;
const rounds = (projectId: string) => `/projects/${seg(projectId)}/voting-rounds`;

/** Every view of the project's ideas and voting rounds; a write to one refreshes them all. */
export const ideasKey = (projectId: string) => [...synthesisKey(projectId), 'ideas'] as const;

export const ideasQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...ideasKey(projectId), 'list'],
    queryFn: () => request('GET', ideas(projectId), IdeaList),
  });

export const votingRoundsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...ideasKey(projectId), 'rounds'],
    queryFn: () => request('GET', rounds(projectId), VotingRoundList),
  });

export function createIdea(projectId: string, input: IdeaInput): Promise<Idea> {
  return request('POST', ideas(projectId), Idea, input);
}

export function updateIdea(projectId: string, ideaId: string, input: UpdateIdeaInput) {
  return request('PATCH', `${ideas(projectId)}/${seg(ideaId)}`, Idea, input);
}

export function deleteIdea(projectId: string, ideaId: string): Promise<void> {
  return requestNoContent('DELETE', `${ideas(projectId)}/${seg(ideaId)}`);
}

/** Sends the image as it is; the server tells its type from its bytes. */
export function uploadSketch(projectId: string, ideaId: string, file: File): Promise<Idea> {
  const path = `${ideas(projectId)}/${seg(ideaId)}/sketch`;
  return upload(path, Idea, file, file.type || 'application/octet-stream', 'PUT');
}

export function removeSketch(projectId: string, ideaId: string): Promise<void> {
  return requestNoContent('DELETE', `${ideas(projectId)}/${seg(ideaId)}/sketch`);
}

export function openVotingRound(projectId: string, input: VotingRoundInput) {
  return request('POST', rounds(projectId), VotingRound, input);
}

export function closeVotingRound(projectId: string, roundId: string) {
  return request('POST', `${rounds(projectId)}/${seg(roundId)}/close`, VotingRound);
}

export function addDot(projectId: string, roundId: string, ideaId: string) {
  return request('POST', `${rounds(projectId)}/${seg(roundId)}/votes`, VotingRound, { ideaId });
}

export function removeDot(projectId: string, roundId: string, ideaId: string) {
  return request(
    'DELETE',
    `${rounds(projectId)}/${seg(roundId)}/votes/${seg(ideaId)}`,
    VotingRound,
  );
}
