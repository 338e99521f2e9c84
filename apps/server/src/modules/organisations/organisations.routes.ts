import { Id, Member, MemberList, Organisation, UpdateMemberInput } from '@timantti/contracts';
import type { LocaleCode } from '@timantti/i18n';
import { z } from 'zod';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { providerName } from '../oidc/oidc-config.ts';
import type { OidcProviders } from '../oidc/oidc-providers.ts';
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
  providerNames: ReadonlyMap<string, string>,
) {
  const admin = canInOrganisation(actor, 'manageMembers', organisationId);
  return {
    userId: row.userId,
    displayName: row.displayName,
    email:
      canInOrganisation(actor, 'manageMembers', organisationId) || row.userId === actor.userId
        ? row.email
        : null,
    role: row.role,
    joinedAt: row.joinedAt.toISOString(),
    signIn: admin
      ? {
          password: row.hasPassword,
          identities: row.identities.map((identity) => ({
            id: identity.id,
            // A provider since removed is named by its issuer.
            provider: providerNames.get(identity.providerId) ?? identity.issuer,
            linkedAt: new Date(identity.linkedAt).toISOString(),
          })),
        }
      : null,
  };
}

export function organisationRoutes(
  app: App,
  { database, events }: AppContext,
  providers: OidcProviders,
) {
  const { db } = database;
  const providerNames = async (locale: LocaleCode) =>
    new Map(
      (await providers.list()).map((provider) => [
        provider.id,
        providerName(provider.name, locale),
      ]),
    );

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
      const names = await providerNames(request.locale);
      return { items: rows.map((row) => presentMember(actor, orgId, row, names)) };
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
      return presentMember(actor, orgId, member, await providerNames(request.locale));
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
