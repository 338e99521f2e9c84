import {
  AcceptInvitationInput,
  CreateInvitationInput,
  CreatedInvitation,
  Id,
  inputString,
  InvitationList,
  InvitationPreview,
  Me,
} from '@timantti/contracts';
import { z } from 'zod';
import type { App, AppContext } from '../../http/types.ts';
import type { OidcProviders } from '../oidc/oidc-providers.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { startSession } from '../auth/start-session.ts';
import { requireInOrganisation } from '../organisations/organisation-access.ts';
import { findUserByEmail } from '../users/users.repo.ts';
import { acceptPath } from './accept-path.ts';
import { acceptInvitation } from './commands/accept-invitation.ts';
import { createInvitation } from './commands/create-invitation.ts';
import { revokeInvitation } from './commands/revoke-invitation.ts';
import { presentInvitation } from './invitations.presenter.ts';
import { findInvitation, findOpenInvitationByToken, listInvitations } from './invitations.repo.ts';

const tags = ['invitations'];
const OrgParams = z.strictObject({ orgId: Id });
const InvitationParams = z.strictObject({ orgId: Id, invitationId: Id });
const TokenParams = z.strictObject({ token: inputString().min(20).max(100) });

export function invitationRoutes(
  app: App,
  { database }: AppContext,
  providers: Pick<OidcProviders, 'passwordLogin'>,
) {
  const { db } = database;

  app.get(
    '/api/v1/orgs/:orgId/invitations',
    {
      schema: {
        tags,
        summary: 'List invitations',
        params: OrgParams,
        response: { 200: InvitationList },
      },
    },
    async (request) => {
      requireInOrganisation(request.actor, request.params.orgId, 'manageMembers');
      const rows = await listInvitations(db, request.params.orgId);
      return { items: rows.map(presentInvitation) };
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a person',
        params: OrgParams,
        body: CreateInvitationInput,
        response: { 201: CreatedInvitation },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'manageMembers');
      const invited = await createInvitation(db, {
        actorUserId: actor.userId,
        organisationId: orgId,
        values: request.body,
      });
      const row = await findInvitation(db, orgId, invited.invitationId);
      if (!row) throw notFound();
      return reply.status(201).send({
        ...presentInvitation(row),
        token: invited.token,
        acceptPath: acceptPath(invited.token),
      });
    },
  );

  app.delete(
    '/api/v1/orgs/:orgId/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Revoke an invitation',
        params: InvitationParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { orgId, invitationId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'manageMembers');
      const revoked = await revokeInvitation(db, {
        actorUserId: actor.userId,
        organisationId: orgId,
        invitationId,
      });
      if (!revoked) throw notFound();
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/invitations/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What an invitation link offers',
        params: TokenParams,
        response: { 200: InvitationPreview },
      },
    },
    async (request) => {
      const invitation = await findOpenInvitationByToken(db, request.params.token);
      if (!invitation) throw new AppError('invitation_invalid', { status: 404 });
      return {
        organisationName: invitation.organisationName,
        email: invitation.email,
        role: invitation.role,
        existingUser: (await findUserByEmail(db, invitation.email)) !== null,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/v1/invitations/:token/accept',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Accept an invitation',
        params: TokenParams,
        body: AcceptInvitationInput,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const { userId } = await acceptInvitation(db, {
        token: request.params.token,
        actor: request.actor,
        displayName: request.body.displayName,
        password: request.body.password,
        locale: request.locale,
        passwordAccounts: providers.passwordLogin,
      });
      return startSession(request, reply, db, userId);
    },
  );
}
