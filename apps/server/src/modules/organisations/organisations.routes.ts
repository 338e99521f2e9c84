import { Id, Member, MemberList, Organisation, UpdateMemberInput } from '@timantti/contracts';
import { z } from 'zod';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { requireInOrganisation } from './organisation-access.ts';
import { changeMemberRole, removeMember } from './commands/change-member.ts';
import { canInOrganisation, roleIn } from './organisations.policy.ts';
import { findOrganisation, listMembers } from './organisations.repo.ts';

const tags = ['organisations'];
const OrgParams = z.strictObject({ orgId: Id });
const MemberParams = z.strictObject({ orgId: Id, userId: Id });

function presentMember(
  actor: Actor,
  organisationId: string,
  row: Awaited<ReturnType<typeof listMembers>>[number],
) {
  return {
    userId: row.userId,
    displayName: row.displayName,
    email:
      canInOrganisation(actor, 'manageMembers', organisationId) || row.userId === actor.userId
        ? row.email
        : null,
    role: row.role,
    joinedAt: row.joinedAt.toISOString(),
  };
}

export function organisationRoutes(app: App, { database, events }: AppContext) {
  const { db } = database;

  app.get(
    '/api/v1/orgs/:orgId',
    {
      schema: {
        tags,
        summary: 'Get an organisation',
        params: OrgParams,
        response: { 200: Organisation },
      },
    },
    async (request) => {
      const actor = requireInOrganisation(request.actor, request.params.orgId, 'view');
      const organisation = await findOrganisation(db, request.params.orgId);
      const role = roleIn(actor, request.params.orgId);
      if (!organisation || !role) throw notFound();
      return {
        id: organisation.id,
        name: organisation.name,
        slug: organisation.slug,
        role,
        abilities: {
          createProject: canInOrganisation(actor, 'createProject', organisation.id),
          manageMembers: canInOrganisation(actor, 'manageMembers', organisation.id),
          manageJobs: canInOrganisation(actor, 'manageJobs', organisation.id),
        },
      };
    },
  );

  app.get(
    '/api/v1/orgs/:orgId/members',
    {
      schema: {
        tags,
        summary: 'List the members',
        params: OrgParams,
        response: { 200: MemberList },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'view');
      const rows = await listMembers(db, orgId);
      return { items: rows.map((row) => presentMember(actor, orgId, row)) };
    },
  );

  app.patch(
    '/api/v1/orgs/:orgId/members/:userId',
    {
      schema: {
        tags,
        summary: "Change a member's role",
        params: MemberParams,
        body: UpdateMemberInput,
        response: { 200: Member },
      },
    },
    async (request) => {
      const { orgId, userId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'manageMembers');
      await changeMemberRole(db, {
        actorUserId: actor.userId,
        organisationId: orgId,
        userId,
        role: request.body.role,
      });
      await events.emit({ type: 'membership.changed', organisationId: orgId, userId });
      const member = (await listMembers(db, orgId)).find((row) => row.userId === userId);
      if (!member) throw notFound();
      return presentMember(actor, orgId, member);
    },
  );

  app.delete(
    '/api/v1/orgs/:orgId/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member',
        params: MemberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { orgId, userId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'manageMembers');
      await removeMember(db, { actorUserId: actor.userId, organisationId: orgId, userId });
      await events.emit({ type: 'membership.changed', organisationId: orgId, userId });
      return reply.status(204).send(null);
    },
  );
}
