import type { RecordFindingInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { assertCitable } from '../../synthesis/evidence-citation.ts';
import {
  citedFindingEvidenceIds,
  editFinding,
  replaceFindingEvidence,
} from '../concept-tests.repo.ts';

/**
 * A hypothesis's finding and the evidence it cites, on the hypothesis's version. Evidence is
 * cited under the insights' rules: only the project's own, and withdrawn evidence not anew.
 */
export async function recordFinding(
  db: Db,
  input: {
    projectId: string;
    roundId: string;
    hypothesisId: string;
    values: z.output<typeof RecordFindingInput>;
  },
) {
  const { projectId, roundId, hypothesisId } = input;
  const { version, result, note, evidenceIds } = input.values;
  await db.transaction(async (tx) => {
    await editFinding(tx, { roundId, id: hypothesisId, version }, { result, note });
    const alreadyCited = new Set(await citedFindingEvidenceIds(tx, hypothesisId));
    await assertCitable(tx, { projectId, evidenceIds, alreadyCited });
    await replaceFindingEvidence(tx, hypothesisId, evidenceIds);
  });
}
