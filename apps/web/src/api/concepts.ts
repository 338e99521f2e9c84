import {
  Concept,
  ConceptDiff,
  ConceptList,
  ConceptVersion,
  ConceptVersionList,
  type ConceptLinkKind,
  type ConceptVersionRef,
  type CreateConceptInput,
  type UpdateConceptInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { synthesisKey } from './boards.ts';
import { request, requestNoContent, seg } from './client.ts';

const concepts = (projectId: string) => `/projects/${seg(projectId)}/concepts`;
const concept = (projectId: string, conceptId: string) =>
  `${concepts(projectId)}/${seg(conceptId)}`;

/** Every view of the project's concepts; a write to one refreshes them all. */
export const conceptsKey = (projectId: string) => [...synthesisKey(projectId), 'concepts'] as const;

export const conceptsQuery = (projectId: string) =>
  queryOptions({
    queryKey: conceptsKey(projectId),
    queryFn: () => request('GET', concepts(projectId), ConceptList),
  });

export const conceptQuery = (projectId: string, conceptId: string) =>
  queryOptions({
    queryKey: [...conceptsKey(projectId), conceptId],
    queryFn: () => request('GET', concept(projectId, conceptId), Concept),
  });

export const conceptVersionsQuery = (projectId: string, conceptId: string) =>
  queryOptions({
    queryKey: [...conceptsKey(projectId), conceptId, 'versions'],
    queryFn: () => request('GET', `${concept(projectId, conceptId)}/versions`, ConceptVersionList),
  });

export const conceptDiffQuery = (
  projectId: string,
  conceptId: string,
  from: ConceptVersionRef,
  to: ConceptVersionRef,
) =>
  queryOptions({
    queryKey: [...conceptsKey(projectId), conceptId, 'diff', from, to],
    queryFn: () =>
      request(
        'GET',
        `${concept(projectId, conceptId)}/diff?from=${seg(String(from))}&to=${seg(String(to))}`,
        ConceptDiff,
      ),
  });

export function createConcept(projectId: string, input: z.input<typeof CreateConceptInput>) {
  return request('POST', concepts(projectId), Concept, input);
}

export function updateConcept(projectId: string, conceptId: string, input: UpdateConceptInput) {
  return request('PATCH', concept(projectId, conceptId), Concept, input);
}

export function deleteConcept(projectId: string, conceptId: string): Promise<void> {
  return requestNoContent('DELETE', concept(projectId, conceptId));
}

export function linkConcept(
  projectId: string,
  conceptId: string,
  input: { kind: ConceptLinkKind; targetId: string },
) {
  return request('POST', `${concept(projectId, conceptId)}/links`, Concept, input);
}

export function unlinkConcept(
  projectId: string,
  conceptId: string,
  link: { kind: ConceptLinkKind; id: string },
): Promise<void> {
  return requestNoContent(
    'DELETE',
    `${concept(projectId, conceptId)}/links/${seg(link.kind)}/${seg(link.id)}`,
  );
}

export function freezeConcept(
  projectId: string,
  conceptId: string,
  input: { reason: string; findingIds?: string[] },
) {
  return request('POST', `${concept(projectId, conceptId)}/versions`, ConceptVersion, input);
}
