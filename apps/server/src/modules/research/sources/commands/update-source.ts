import type { UpdateSourceInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Queryable } from '../../../../db/client.ts';
import { sourceSearchVector } from '../source-search.ts';
import { editSource } from '../sources.repo.ts';

/** Changes a desk-research source, and what it is found by, on the version the edit was made on. */
export async function updateSource(
  db: Queryable,
  input: { projectId: string; sourceId: string; values: z.output<typeof UpdateSourceInput> },
) {
  const { version, ...values } = input.values;
  return editSource(db, input.projectId, input.sourceId, version, {
    ...values,
    search: sourceSearchVector(values),
  });
}
