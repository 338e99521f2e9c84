import type { UpdateInsightInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { assertCitable } from '../evidence-citation.ts';
import {
  advanceInsightVersion,
  citedEvidenceIds,
  replaceInsightEvidence,
  updateInsightText,
} from '../insights.repo.ts';

/**
 * Changes an insight's words and the evidence it rests on, on the version the edit was made on.
 * Evidence it already cites may stay even when withdrawn since, so removing one item never
 * fails because of another.
 */
export async function updateInsight(
  db: Db,
  input: { projectId: string; insightId: string; values: z.output<typeof UpdateInsightInput> },
) {
  const { projectId, insightId, values } = input;
  await db.transaction(async (tx) => {
    await advanceInsightVersion(tx, projectId, insightId, values.version);
    if (values.evidenceIds) {
      const alreadyCited = new Set(await citedEvidenceIds(tx, insightId));
      await assertCitable(tx, { projectId, evidenceIds: values.evidenceIds, alreadyCited });
      await replaceInsightEvidence(tx, insightId, values.evidenceIds);
    }
    await updateInsightText(tx, insightId, { statement: values.statement, hmw: values.hmw });
  });
}
