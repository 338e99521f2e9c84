import type { Invitation } from '@timantti/contracts';

export type InvitationStatus = 'accepted' | 'expired' | 'pending';

export function invitationStatus(invitation: Invitation, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (Date.parse(invitation.expiresAt) <= now) return 'expired';
  return 'pending';
}
