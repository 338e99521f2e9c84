import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/audit.repo.ts';
import { revokeInvitation as revokeInvitationRow } from '../invitations.repo.ts';

/** Revokes an open invitation of the organisation, audited; false when there was none. */
export async function revokeInvitation(
  db: Db,
  input: { actorUserId: string; organisationId: string; invitationId: string },
) {
  const { actorUserId, organisationId, invitationId } = input;
  return db.transaction(async (tx) => {
    const done = await revokeInvitationRow(tx, organisationId, invitationId);
    if (done) {
      await audit(tx, {
        organisationId,
        actorUserId,
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: invitationId,
      });
    }
    return done;
  });
}
