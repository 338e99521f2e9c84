import type { ContactInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../../db/client.ts';
import { notFound } from '../../../../platform/errors.ts';
import { audit } from '../../../audit/audit.repo.ts';
import { findParticipant, upsertContact } from '../participants.repo.ts';

/** Sets a participant's contact details, audited; an erased participant has none to set. */
export async function setContact(
  db: Db,
  input: {
    actorUserId: string;
    organisationId: string;
    projectId: string;
    participantId: string;
    values: z.output<typeof ContactInput>;
  },
) {
  const { participantId } = input;
  const participant = await findParticipant(db, input.projectId, participantId);
  if (!participant || participant.participant.erasedAt) throw notFound();
  await db.transaction(async (tx) => {
    await upsertContact(tx, participantId, input.values);
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'participant.contact_changed',
      targetType: 'participant',
      targetId: participantId,
    });
  });
}
