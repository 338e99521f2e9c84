import type { UpdateResearchSessionInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../../db/client.ts';
import { editSessionValues } from '../sessions.repo.ts';
import { setSessionPeople } from './session-people.ts';

/** Changes a research session and who took part in it, on the version the edit was made on. */
export async function updateSession(
  db: Db,
  input: {
    organisationId: string;
    projectId: string;
    sessionId: string;
    values: z.output<typeof UpdateResearchSessionInput>;
  },
) {
  const { organisationId, projectId, sessionId } = input;
  const { facilitatorIds, participantIds, version, ...values } = input.values;
  await db.transaction(async (tx) => {
    await editSessionValues(tx, projectId, sessionId, version, values);
    await setSessionPeople(tx, {
      organisationId,
      projectId,
      sessionId,
      facilitatorIds,
      participantIds,
    });
  });
}
