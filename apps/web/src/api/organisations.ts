import {
  type AcceptInvitationInput,
  CreatedInvitation,
  type CreateInvitationInput,
  InvitationList,
  InvitationPreview,
  Me,
  Member,
  MemberList,
  Organisation,
  type Role,
} from '@timantti/contracts';
import type { z } from 'zod';
import { request, requestNoContent, seg } from './client.ts';

export function fetchOrganisation(orgId: string): Promise<Organisation> {
  return request('GET', `/orgs/${seg(orgId)}`, Organisation);
}

export function fetchMembers(orgId: string) {
  return request('GET', `/orgs/${seg(orgId)}/members`, MemberList);
}

export function updateMemberRole(orgId: string, userId: string, role: Role): Promise<Member> {
  return request('PATCH', `/orgs/${seg(orgId)}/members/${seg(userId)}`, Member, { role });
}

export function removeMember(orgId: string, userId: string): Promise<void> {
  return requestNoContent('DELETE', `/orgs/${seg(orgId)}/members/${seg(userId)}`);
}

export function unlinkIdentity(orgId: string, userId: string, identityId: string): Promise<void> {
  return requestNoContent(
    'DELETE',
    `/orgs/${seg(orgId)}/members/${seg(userId)}/identities/${seg(identityId)}`,
  );
}

export function fetchInvitations(orgId: string) {
  return request('GET', `/orgs/${seg(orgId)}/invitations`, InvitationList);
}

export function createInvitation(orgId: string, input: z.input<typeof CreateInvitationInput>) {
  return request('POST', `/orgs/${seg(orgId)}/invitations`, CreatedInvitation, input);
}

export function revokeInvitation(orgId: string, invitationId: string): Promise<void> {
  return requestNoContent('DELETE', `/orgs/${seg(orgId)}/invitations/${seg(invitationId)}`);
}

export function fetchInvitationPreview(token: string): Promise<InvitationPreview> {
  return request('GET', `/invitations/${seg(token)}`, InvitationPreview);
}

export function acceptInvitation(
  token: string,
  input: z.input<typeof AcceptInvitationInput>,
): Promise<Me> {
  return request('POST', `/invitations/${seg(token)}/accept`, Me, input);
}
