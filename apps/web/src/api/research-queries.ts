import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fetchEvidence, fetchSources, fetchTags, searchResearch } from './evidence.ts';
import type { EvidenceFilter, SearchFilters } from './evidence.ts';
import { fetchParticipant, fetchParticipants } from './participants.ts';
import { fetchNotes, fetchResearchSession, fetchResearchSessions } from './research-sessions.ts';

// Every key starts with ['research', projectId]: a write to the research material refreshes
// all its views (counts, consent marks, search) with one invalidation.
export const researchKey = (projectId: string) => ['research', projectId] as const;

export const participantsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'participants'],
    queryFn: () => fetchParticipants(projectId),
  });

export const participantQuery = (projectId: string, participantId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'participants', participantId],
    queryFn: () => fetchParticipant(projectId, participantId),
  });

export const researchSessionsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'sessions'],
    queryFn: () => fetchResearchSessions(projectId),
  });

export const researchSessionQuery = (projectId: string, sessionId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'sessions', sessionId],
    queryFn: () => fetchResearchSession(projectId, sessionId),
  });

export const notesQuery = (projectId: string, sessionId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'sessions', sessionId, 'notes'],
    queryFn: () => fetchNotes(projectId, sessionId),
  });

/** The project's evidence a page at a time, newest first. */
export const evidenceQuery = (projectId: string, filter: EvidenceFilter = {}) =>
  infiniteQueryOptions({
    queryKey: [...researchKey(projectId), 'evidence', filter],
    queryFn: ({ pageParam }) => fetchEvidence(projectId, filter, { cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** The evidence of one research session, which its page shows beside the notes, all of it. */
export const sessionEvidenceQuery = (projectId: string, sessionId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'evidence', { sessionId }, 'all'],
    queryFn: async () => {
      const items = [];
      let cursor: string | undefined;
      do {
        const page = await fetchEvidence(projectId, { sessionId }, { cursor, limit: 500 });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });

export const tagsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'tags'],
    queryFn: () => fetchTags(projectId),
  });

export const sourcesQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'sources'],
    queryFn: () => fetchSources(projectId),
  });

export const searchQuery = (projectId: string, filters: SearchFilters) =>
  infiniteQueryOptions({
    queryKey: [...researchKey(projectId), 'search', filters],
    queryFn: ({ pageParam }) => searchResearch(projectId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
