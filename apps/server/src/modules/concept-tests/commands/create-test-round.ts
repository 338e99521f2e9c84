import type { CreateTestRoundInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { createSession } from '../../research/sessions/commands/create-session.ts';
import {
  frozenVersionExists,
  insertTestRound,
  replaceRecruitTargets,
  syncHypotheses,
} from '../concept-tests.repo.ts';

/**
 * A test round of a frozen version, with its plan and the in-person `prototype_test` research
 * session the team types answers into, made as any session is. A version not frozen is a 404:
 * a live draft would change under the test.
 */
export async function createTestRound(
  db: Db,
  input: {
    actorUserId: string;
    organisationId: string;
    projectId: string;
    conceptId: string;
    today: string;
    values: z.output<typeof CreateTestRoundInput>;
  },
): Promise<string> {
  const { projectId, conceptId } = input;
  const { versionNumber, hypotheses, recruitTargets, ...plan } = input.values;
  if (!(await frozenVersionExists(db, conceptId, versionNumber))) throw notFound();
  return db.transaction(async (tx) => {
    const sessionId = await createSession(tx, {
      actorUserId: input.actorUserId,
      organisationId: input.organisationId,
      projectId,
      values: {
        kind: 'prototype_test',
        title: plan.title,
        heldOn: plan.startsOn ?? input.today,
        place: plan.place,
        methodNotes: plan.description,
        facilitatorIds: [],
        participantIds: [],
      },
    });
    const roundId = await insertTestRound(tx, {
      projectId,
      conceptId,
      versionNumber,
      sessionId,
      createdBy: input.actorUserId,
      ...plan,
    });
    await syncHypotheses(tx, roundId, hypotheses);
    await replaceRecruitTargets(tx, roundId, recruitTargets);
    return roundId;
  });
}
