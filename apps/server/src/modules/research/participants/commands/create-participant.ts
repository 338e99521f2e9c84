import type { CreateParticipantInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Queryable } from '../../../../db/client.ts';
import {
  insertConsent,
  insertParticipant,
  nextParticipantCode,
  upsertContact,
} from '../participants.repo.ts';

/** Adds a participant under the project's next code, with their consent and contact details. */
export async function createParticipant(
  db: Queryable,
  input: {
    actorUserId: string;
    projectId: string;
    values: z.output<typeof CreateParticipantInput>;
  },
): Promise<string> {
  const { actorUserId, projectId } = input;
  const { consent, contact, ...values } = input.values;
  return db.transaction(async (tx) => {
    const code = await nextParticipantCode(tx, projectId);
    const participant = await insertParticipant(tx, {
      projectId,
      code,
      ...values,
      createdBy: actorUserId,
    });
    await insertConsent(tx, { participantId: participant.id, ...consent, recordedBy: actorUserId });
    if (contact) await upsertContact(tx, participant.id, contact);
    return participant.id;
  });
}
