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
import { AppError, notFound } from '../../platform/errors.ts';
import { audit } from '../audit/audit.repo.ts';
import { startSession } from '../auth/start-session.ts';
import { requireInOrganisation } from '../organisations/organisation-access.ts';
import { findUserByEmail } from '../users/users.repo.ts';
import { acceptInvitation } from './commands/accept-invitation.ts';
import {
  findInvitation,
  findOpenInvitationByToken,
  insertInvitation,
  listInvitations,
  revokeInvitation,
} from './invitations.repo.ts';

const tags = ['invitations'];
const OrgParams = z.strictObject({ orgId: Id });
const InvitationParams = z.strictObject({ orgId: Id, invitationId: Id });
const TokenParams = z.strictObject({ token: inputString().min(20).max(100) });

type ListedInvitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;
const presentInvitation = (row: ListedInvitation) => ({
  id: row.id,
  email: row.email,
  role: row.role,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
  invitedBy: row.invitedBy,
});

export const acceptPath = (token: string) => `/invite/${token}`;

export function invitationRoutes(app: App, { database }: AppContext) {
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
      const invited = await db.transaction(async (tx) => {
        const created = await insertInvitation(tx, {
          organisationId: orgId,
          ...request.body,
          invitedBy: actor.userId,
        });
        await audit(tx, {
          organisationId: orgId,
          actorUserId: actor.userId,
          action: 'invitation.created',
          targetType: 'invitation',
          targetId: created.row.id,
          metadata: { role: request.body.role },
        });
        return created;
      });
      const row = await findInvitation(db, orgId, invited.row.id);
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
      const revoked = await db.transaction(async (tx) => {
        const done = await revokeInvitation(tx, orgId, invitationId);
        if (done) {
          await audit(tx, {
            organisationId: orgId,
            actorUserId: actor.userId,
            action: 'invitation.revoked',
            targetType: 'invitation',
            targetId: invitationId,
          });
        }
        return done;
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
      });
      return startSession(request, reply, db, userId);
    },
  );
}
