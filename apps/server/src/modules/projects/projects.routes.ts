import {
  AddChecklistItemInput,
  ChangePhaseInput,
  CreateProjectInput,
  Id,
  Project,
  ProjectList,
  ProjectListQuery,
  SetTeamMemberInput,
  UpdateChecklistItemInput,
  UpdateProjectInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { requireInOrganisation } from '../organisations/organisation-access.ts';
import { canInOrganisation } from '../organisations/organisations.policy.ts';
import { addChecklistItem } from './commands/add-checklist-item.ts';
import { createProject } from './commands/create-project.ts';
import { deleteChecklistItem } from './commands/delete-checklist-item.ts';
import { editChecklistItem } from './commands/edit-checklist-item.ts';
import { removeTeamMember } from './commands/remove-team-member.ts';
import { setTeamMember } from './commands/set-team-member.ts';
import { loadProjectFor, readProject } from './project-access.ts';
import { presentProjectSummary } from './projects.presenter.ts';
import { editProject, listProjects, updateProject } from './projects.repo.ts';

const tags = ['projects'];
const OrgParams = z.strictObject({ orgId: Id });
const ProjectParams = z.strictObject({ projectId: Id });
const TeamParams = z.strictObject({ projectId: Id, userId: Id });
const ItemParams = z.strictObject({ projectId: Id, itemId: Id });

export function projectRoutes(app: App, { database, events }: AppContext) {
  const { db } = database;

  app.get(
    '/api/v1/orgs/:orgId/projects',
    {
      schema: {
        tags,
        summary: 'List projects',
        params: OrgParams,
        querystring: ProjectListQuery,
        response: { 200: ProjectList },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'view');
      const { rows, nextCursor, total } = await listProjects(db, {
        organisationId: orgId,
        teamMemberId: canInOrganisation(actor, 'seeAllProjects', orgId) ? null : actor.userId,
        q: request.query.q,
        phase: request.query.phase,
        archived: request.query.archived === 'true',
        cursor: request.query.cursor,
        limit: request.query.limit,
      });
      return { items: rows.map(presentProjectSummary), nextCursor, total };
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/projects',
    {
      schema: {
        tags,
        summary: 'Create a project',
        params: OrgParams,
        body: CreateProjectInput,
        response: { 201: Project },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'createProject');
      const projectId = await createProject(db, {
        actorUserId: actor.userId,
        organisationId: orgId,
        values: request.body,
      });
      return reply.status(201).send(await readProject(db, actor, projectId));
    },
  );

  app.get(
    '/api/v1/projects/:projectId',
    {
      schema: { tags, summary: 'Get a project', params: ProjectParams, response: { 200: Project } },
    },
    async (request) => readProject(db, actorOf(request), request.params.projectId),
  );

  app.patch(
    '/api/v1/projects/:projectId',
    {
      schema: {
        tags,
        summary: 'Update a project',
        params: ProjectParams,
        body: UpdateProjectInput,
        response: { 200: Project },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      await loadProjectFor(db, actor, projectId, 'update');
      const { version, ...values } = request.body;
      await onVersion(
        () => editProject(db, projectId, version, values),
        () => readProject(db, actor, projectId),
      );
      return readProject(db, actor, projectId);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/phase',
    {
      schema: {
        tags,
        summary: 'Move the project to a phase',
        params: ProjectParams,
        body: ChangePhaseInput,
        response: { 200: Project },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      await loadProjectFor(db, actor, projectId, 'changePhase');
      await updateProject(db, projectId, { phase: request.body.phase });
      return readProject(db, actor, projectId);
    },
  );

  for (const [verb, archivedAt] of [
    ['archive', () => new Date()],
    ['restore', () => null],
  ] as const) {
    app.post(
      `/api/v1/projects/:projectId/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb[0]?.toUpperCase()}${verb.slice(1)} the project`,
          params: ProjectParams,
          response: { 200: Project },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const { projectId } = request.params;
        await loadProjectFor(db, actor, projectId, 'archive');
        await updateProject(db, projectId, { archivedAt: archivedAt() });
        await events.emit({ type: 'project.access_changed', projectId });
        return readProject(db, actor, projectId);
      },
    );
  }

  app.put(
    '/api/v1/projects/:projectId/team/:userId',
    {
      schema: {
        tags,
        summary: 'Add a team member or set their perspectives',
        params: TeamParams,
        body: SetTeamMemberInput,
        response: { 200: Project },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, userId } = request.params;
      const { project } = await loadProjectFor(db, actor, projectId, 'manageTeam');
      await setTeamMember(db, {
        organisationId: project.organisationId,
        projectId,
        userId,
        perspectives: request.body.perspectives,
      });
      return readProject(db, actor, projectId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/team/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a team member',
        params: TeamParams,
        response: { 200: Project },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, userId } = request.params;
      await loadProjectFor(db, actor, projectId, 'removeTeamMember');
      const removed = await removeTeamMember(db, { projectId, userId });
      if (!removed) throw notFound();
      await events.emit({ type: 'team.changed', projectId, userId });
      return readProject(db, actor, projectId);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/checklist',
    {
      schema: {
        tags,
        summary: 'Add a checklist step',
        params: ProjectParams,
        body: AddChecklistItemInput,
        response: { 201: Project },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      await loadProjectFor(db, actor, projectId, 'editChecklist');
      const { phase, label } = request.body;
      await addChecklistItem(db, { projectId, phase, label });
      return reply.status(201).send(await readProject(db, actor, projectId));
    },
  );

  app.patch(
    '/api/v1/projects/:projectId/checklist/:itemId',
    {
      schema: {
        tags,
        summary: 'Edit or tick a checklist step',
        params: ItemParams,
        body: UpdateChecklistItemInput,
        response: { 200: Project },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, itemId } = request.params;
      await loadProjectFor(db, actor, projectId, 'editChecklist');
      const { version, label, done } = request.body;
      await onVersion(
        () =>
          editChecklistItem(db, {
            actorUserId: actor.userId,
            projectId,
            itemId,
            version,
            label,
            done,
          }),
        () => readProject(db, actor, projectId),
      );
      return readProject(db, actor, projectId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/checklist/:itemId',
    {
      schema: {
        tags,
        summary: 'Delete a checklist step',
        params: ItemParams,
        response: { 200: Project },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, itemId } = request.params;
      await loadProjectFor(db, actor, projectId, 'editChecklist');
      const deleted = await deleteChecklistItem(db, { projectId, itemId });
      if (!deleted) throw notFound();
      return readProject(db, actor, projectId);
    },
  );
}
