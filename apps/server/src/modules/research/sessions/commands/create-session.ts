import type { ResearchSessionInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Queryable } from '../../../../db/client.ts';
import { insertSession } from '../sessions.repo.ts';
import { setSessionPeople } from './session-people.ts';

/** Logs a research session with its facilitators and participants. */
export async function createSession(
  db: Queryable,
  input: {
    actorUserId: string;
    organisationId: string;
    projectId: string;
    values: z.output<typeof ResearchSessionInput>;
  },
): Promise<string> {
  const { organisationId, projectId } = input;
  const { facilitatorIds, participantIds, ...values } = input.values;
  return db.transaction(async (tx) => {
    const sessionId = await insertSession(tx, {
      projectId,
      ...values,
      createdBy: input.actorUserId,
    });
    await setSessionPeople(tx, {
      organisationId,
      projectId,
      sessionId,
      facilitatorIds,
      participantIds,
    });
    return sessionId;
  });
}
