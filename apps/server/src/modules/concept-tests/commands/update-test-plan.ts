import type { UpdateTestRoundInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { editTestPlan, replaceRecruitTargets, syncHypotheses } from '../concept-tests.repo.ts';

/**
 * The round's whole plan as the edit leaves it, on the version it was made on. Hypotheses keep
 * their findings by id; the research session is the research repository's to change.
 */
export async function updateTestPlan(
  db: Db,
  input: { conceptId: string; roundId: string; values: z.output<typeof UpdateTestRoundInput> },
) {
  const { version, hypotheses, recruitTargets, ...plan } = input.values;
  await db.transaction(async (tx) => {
    await editTestPlan(tx, { conceptId: input.conceptId, id: input.roundId, version }, plan);
    await syncHypotheses(tx, input.roundId, hypotheses);
    await replaceRecruitTargets(tx, input.roundId, recruitTargets);
  });
}
