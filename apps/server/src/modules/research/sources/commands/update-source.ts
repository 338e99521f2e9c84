import type { SourceInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Queryable } from '../../../../db/client.ts';
import { notFound } from '../../../../platform/errors.ts';
import { sourceSearchVector } from '../source-search.ts';
import { updateSource as updateSourceRow } from '../sources.repo.ts';

/** Changes a desk-research source, and what it is found by. */
export async function updateSource(
  db: Queryable,
  input: { projectId: string; sourceId: string; values: z.output<typeof SourceInput> },
) {
  const { values } = input;
  const row = await updateSourceRow(db, input.projectId, input.sourceId, {
    ...values,
    search: sourceSearchVector(values),
  });
  if (!row) throw notFound();
  return row;
}
