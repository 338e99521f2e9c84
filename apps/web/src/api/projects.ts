import {
  type AddChecklistItemInput,
  type CreateProjectInput,
  Project,
  ProjectList,
  type UpdateChecklistItemInput,
  type UpdateProjectInput,
  type Perspective,
  type Phase,
} from '@timantti/contracts';
import type { z } from 'zod';
import { request, seg } from './client.ts';

export interface ProjectFilters {
  q?: string;
  phase?: Phase;
  archived?: boolean;
}

/** The query string of a project list request; empty filters are left out. */
export function projectListQuery(filters: ProjectFilters): string {
  const params = new URLSearchParams();
  const q = filters.q?.trim();
  if (q) params.set('q', q);
  if (filters.phase) params.set('phase', filters.phase);
  params.set('archived', filters.archived ? 'true' : 'false');
  return params.toString();
}

/** A page of the project list; `cursor` is the previous page's `nextCursor`. */
export function fetchProjects(orgId: string, filters: ProjectFilters, cursor?: string) {
  const page = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
  return request(
    'GET',
    `/orgs/${seg(orgId)}/projects?${projectListQuery(filters)}${page}`,
    ProjectList,
  );
}

export function createProject(
  orgId: string,
  input: z.input<typeof CreateProjectInput>,
): Promise<Project> {
  return request('POST', `/orgs/${seg(orgId)}/projects`, Project, input);
}

export function fetchProject(projectId: string): Promise<Project> {
  return request('GET', `/projects/${seg(projectId)}`, Project);
}

export function updateProject(
  projectId: string,
  input: z.input<typeof UpdateProjectInput>,
): Promise<Project> {
  return request('PATCH', `/projects/${seg(projectId)}`, Project, input);
}

export function changePhase(projectId: string, phase: Phase): Promise<Project> {
  return request('POST', `/projects/${seg(projectId)}/phase`, Project, { phase });
}

export function archiveProject(projectId: string): Promise<Project> {
  return request('POST', `/projects/${seg(projectId)}/archive`, Project);
}

export function restoreProject(projectId: string): Promise<Project> {
  return request('POST', `/projects/${seg(projectId)}/restore`, Project);
}

export function setTeamMember(
  projectId: string,
  userId: string,
  perspectives: Perspective[],
): Promise<Project> {
  return request('PUT', `/projects/${seg(projectId)}/team/${seg(userId)}`, Project, {
    perspectives,
  });
}

export function removeTeamMember(projectId: string, userId: string): Promise<Project> {
  return request('DELETE', `/projects/${seg(projectId)}/team/${seg(userId)}`, Project);
}

export function addChecklistItem(
  projectId: string,
  input: z.input<typeof AddChecklistItemInput>,
): Promise<Project> {
  return request('POST', `/projects/${seg(projectId)}/checklist`, Project, input);
}

export function updateChecklistItem(
  projectId: string,
  itemId: string,
  input: z.input<typeof UpdateChecklistItemInput>,
): Promise<Project> {
  return request('PATCH', `/projects/${seg(projectId)}/checklist/${seg(itemId)}`, Project, input);
}

export function deleteChecklistItem(projectId: string, itemId: string): Promise<Project> {
  return request('DELETE', `/projects/${seg(projectId)}/checklist/${seg(itemId)}`, Project);
}
