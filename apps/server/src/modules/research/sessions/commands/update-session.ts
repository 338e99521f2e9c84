import type { ResearchSessionInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../../db/client.ts';
import { notFound } from '../../../../platform/errors.ts';
import { sessionExists, updateSessionValues } from '../sessions.repo.ts';
import { setSessionPeople } from './session-people.ts';

/** Changes a research session and who took part in it. */
export async function updateSession(
  db: Db,
  input: {
    organisationId: string;
    projectId: string;
    sessionId: string;
    values: z.output<typeof ResearchSessionInput>;
  },
) {
  const { organisationId, projectId, sessionId } = input;
  if (!(await sessionExists(db, projectId, sessionId))) throw notFound();
  const { facilitatorIds, participantIds, ...values } = input.values;
  await db.transaction(async (tx) => {
    await updateSessionValues(tx, sessionId, values);
    await setSessionPeople(tx, {
      organisationId,
      projectId,
      sessionId,
      facilitatorIds,
      participantIds,
    });
  });
}
