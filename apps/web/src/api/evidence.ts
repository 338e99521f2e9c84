import {
  type CreateEvidenceInput,
  Evidence,
  EvidenceList,
  type SearchQuery,
  SearchResult,
  Source,
  type SourceInput,
  SourceList,
  Tag,
  TagList,
  type UpdateSourceInput,
} from '@timantti/contracts';
import type { z } from 'zod';
import { request, requestNoContent, seg } from './client.ts';

const project = (projectId: string) => `/projects/${seg(projectId)}`;

export interface EvidenceFilter {
  participantId?: string;
  tagId?: string;
  noteId?: string;
  sessionId?: string;
}

/** The query string of a request; empty values are left out. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fetchEvidence(
  projectId: string,
  filter: EvidenceFilter = {},
  page: { cursor?: string | undefined; limit?: number } = {},
) {
  return request(
    'GET',
    `${project(projectId)}/evidence${queryString({ ...filter, ...page })}`,
    EvidenceList,
  );
}

export function fetchOneEvidence(projectId: string, evidenceId: string): Promise<Evidence> {
  return request('GET', `${project(projectId)}/evidence/${seg(evidenceId)}`, Evidence);
}

export function createEvidence(
  projectId: string,
  input: z.input<typeof CreateEvidenceInput>,
): Promise<Evidence> {
  return request('POST', `${project(projectId)}/evidence`, Evidence, input);
}

export function setEvidenceTags(
  projectId: string,
  evidenceId: string,
  edit: { tagIds: string[]; version: number },
): Promise<Evidence> {
  return request('PUT', `${project(projectId)}/evidence/${seg(evidenceId)}/tags`, Evidence, edit);
}

export function deleteEvidence(projectId: string, evidenceId: string): Promise<void> {
  return requestNoContent('DELETE', `${project(projectId)}/evidence/${seg(evidenceId)}`);
}

export function fetchTags(projectId: string) {
  return request('GET', `${project(projectId)}/tags`, TagList);
}

export function createTag(projectId: string, name: string): Promise<Tag> {
  return request('POST', `${project(projectId)}/tags`, Tag, { name });
}

export function renameTag(
  projectId: string,
  tagId: string,
  edit: { name: string; version: number },
): Promise<Tag> {
  return request('PATCH', `${project(projectId)}/tags/${seg(tagId)}`, Tag, edit);
}

export function mergeTag(projectId: string, tagId: string, intoTagId: string): Promise<Tag> {
  return request('POST', `${project(projectId)}/tags/${seg(tagId)}/merge`, Tag, { intoTagId });
}

export function deleteTag(projectId: string, tagId: string): Promise<void> {
  return requestNoContent('DELETE', `${project(projectId)}/tags/${seg(tagId)}`);
}

export function fetchSources(projectId: string) {
  return request('GET', `${project(projectId)}/sources`, SourceList);
}

export function createSource(
  projectId: string,
  input: z.input<typeof SourceInput>,
): Promise<Source> {
  return request('POST', `${project(projectId)}/sources`, Source, input);
}

export function updateSource(
  projectId: string,
  sourceId: string,
  input: z.input<typeof UpdateSourceInput>,
): Promise<Source> {
  return request('PUT', `${project(projectId)}/sources/${seg(sourceId)}`, Source, input);
}

export function deleteSource(projectId: string, sourceId: string): Promise<void> {
  return requestNoContent('DELETE', `${project(projectId)}/sources/${seg(sourceId)}`);
}

/** The search words and filters; the page size and cursor are added per request. */
export type SearchFilters = Omit<z.input<typeof SearchQuery>, 'limit' | 'cursor'>;

export function searchResearch(
  projectId: string,
  filters: SearchFilters,
  cursor?: string,
  limit = 20,
) {
  return request(
    'GET',
    `${project(projectId)}/search${queryString({ ...filters, cursor, limit })}`,
    SearchResult,
  );
}
