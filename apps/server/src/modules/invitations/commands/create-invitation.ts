import type { CreateInvitationInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/audit.repo.ts';
import { insertInvitation } from '../invitations.repo.ts';

/** Invites a person to the organisation, audited; the token is known only to this answer. */
export async function createInvitation(
  db: Db,
  input: {
    actorUserId: string;
    organisationId: string;
    values: z.output<typeof CreateInvitationInput>;
  },
) {
  const { actorUserId, organisationId, values } = input;
  return db.transaction(async (tx) => {
    const created = await insertInvitation(tx, {
      organisationId,
      ...values,
      invitedBy: actorUserId,
    });
    await audit(tx, {
      organisationId,
      actorUserId,
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: created.row.id,
      metadata: { role: values.role },
    });
    return { invitationId: created.row.id, token: created.token };
  });
}
