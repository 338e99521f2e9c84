import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fetchSessions } from './auth.ts';
import {
  fetchInvitationPreview,
  fetchInvitations,
  fetchMembers,
  fetchOrganisation,
} from './organisations.ts';
import { fetchProject, fetchProjects, type ProjectFilters } from './projects.ts';

// Query keys start with the entity so that one invalidation reaches every view of it (the
// signed-in user's, `meQuery`, is in `auth.ts`, with the first page's requests).
export const sessionsQuery = queryOptions({
  queryKey: ['sessions'],
  queryFn: fetchSessions,
});

export const organisationQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['organisation', orgId],
    queryFn: () => fetchOrganisation(orgId),
    staleTime: 30_000,
  });

export const membersQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['organisation', orgId, 'members'],
    queryFn: () => fetchMembers(orgId),
  });

export const invitationsQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['organisation', orgId, 'invitations'],
    queryFn: () => fetchInvitations(orgId),
  });

/** The organisation's projects a page at a time, most recently changed first. */
export const projectsQuery = (orgId: string, filters: ProjectFilters) =>
  infiniteQueryOptions({
    queryKey: ['projects', orgId, filters],
    queryFn: ({ pageParam }) => fetchProjects(orgId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const projectQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['project', projectId],
    queryFn: () => fetchProject(projectId),
  });

export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: ['invitation', token],
    queryFn: () => fetchInvitationPreview(token),
    retry: false,
  });
