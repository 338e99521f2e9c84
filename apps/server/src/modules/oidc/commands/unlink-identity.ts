import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/audit.repo.ts';
import { deleteProviderSessions } from '../../auth/sessions.repo.ts';
import { findMembership } from '../../organisations/organisations.repo.ts';
import { deleteIdentity } from '../oidc.repo.ts';

/**
 * An administrator takes a member's identity-provider link away (a link made to the wrong
 * account, or a provider the organisation left), and with it the sessions that provider
 * opened: they rested on the link. Answers the ended sessions' ids (for the caller's
 * `session.ended`), or null when there is no such member or link (not found).
 */
export async function unlinkIdentity(
  db: Db,
  input: { actorUserId: string; organisationId: string; userId: string; identityId: string },
): Promise<{ endedSessionIds: string[] } | null> {
  return db.transaction(async (tx) => {
    if (!(await findMembership(tx, input.organisationId, input.userId))) return null;
    const providerId = await deleteIdentity(tx, {
      identityId: input.identityId,
      userId: input.userId,
    });
    if (!providerId) return null;
    const endedSessionIds = await deleteProviderSessions(tx, input.userId, providerId);
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'identity.unlinked',
      targetType: 'oidc_identity',
      targetId: input.identityId,
      metadata: { sessionsEnded: endedSessionIds.length },
    });
    return { endedSessionIds };
  });
}
