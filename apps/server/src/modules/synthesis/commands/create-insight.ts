import type { InsightInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { findBoard } from '../boards.repo.ts';
import { assertCitable } from '../evidence-citation.ts';
import { insertInsight, replaceInsightEvidence } from '../insights.repo.ts';

/** Writes an insight resting on evidence of the project, from a board's group when named. */
export async function createInsight(
  db: Db,
  input: { actorUserId: string; projectId: string; values: z.output<typeof InsightInput> },
): Promise<string> {
  const { projectId, values } = input;
  return db.transaction(async (tx) => {
    if (values.boardId && !(await findBoard(tx, projectId, values.boardId))) throw notFound();
    await assertCitable(tx, { projectId, evidenceIds: values.evidenceIds });
    const id = await insertInsight(tx, {
      projectId,
      boardId: values.boardId,
      groupId: values.groupId,
      statement: values.statement,
      hmw: values.hmw,
      createdBy: input.actorUserId,
    });
    await replaceInsightEvidence(tx, id, values.evidenceIds);
    return id;
  });
}
