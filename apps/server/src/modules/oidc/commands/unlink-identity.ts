import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/audit.repo.ts';
import { findMembership } from '../../organisations/organisations.repo.ts';
import { deleteIdentity } from '../oidc.repo.ts';

/**
 * An administrator takes a member's identity-provider link away (a link made to the wrong
 * account, or a provider the organisation left). Returns false when there is no such member or
 * link, which the caller answers as not found.
 */
export async function unlinkIdentity(
  db: Db,
  input: { actorUserId: string; organisationId: string; userId: string; identityId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await findMembership(tx, input.organisationId, input.userId))) return false;
    if (!(await deleteIdentity(tx, { identityId: input.identityId, userId: input.userId })))
      return false;
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'identity.unlinked',
      targetType: 'oidc_identity',
      targetId: input.identityId,
    });
    return true;
  });
}
