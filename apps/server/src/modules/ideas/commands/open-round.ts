import type { VotingRoundInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Queryable } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { isProjectInsight } from '../ideas.repo.ts';
import { insertRound } from '../voting.repo.ts';

/** Opens a dot-voting round over the project's ideas, or over one insight's. */
export async function openRound(
  db: Queryable,
  input: { actorUserId: string; projectId: string; values: z.output<typeof VotingRoundInput> },
): Promise<string> {
  const { projectId, values } = input;
  if (values.insightId && !(await isProjectInsight(db, projectId, values.insightId))) {
    throw notFound();
  }
  return insertRound(db, { ...values, projectId, openedBy: input.actorUserId });
}
