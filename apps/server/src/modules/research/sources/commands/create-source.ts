import type { SourceInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Queryable } from '../../../../db/client.ts';
import { sourceSearchVector } from '../source-search.ts';
import { insertSource } from '../sources.repo.ts';

/** Adds a desk-research source, found by its texts. */
export async function createSource(
  db: Queryable,
  input: { actorUserId: string; projectId: string; values: z.output<typeof SourceInput> },
) {
  const { values } = input;
  return insertSource(db, {
    projectId: input.projectId,
    ...values,
    search: sourceSearchVector(values),
    createdBy: input.actorUserId,
  });
}
