import type { IdeaInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Queryable } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { ideaSearchVector } from '../idea-search.ts';
import { insertIdea, isProjectInsight } from '../ideas.repo.ts';

/** Writes an idea against an insight of the project, or against its challenge. */
export async function createIdea(
  db: Queryable,
  input: { actorUserId: string; projectId: string; values: z.output<typeof IdeaInput> },
): Promise<string> {
  const { projectId, values } = input;
  if (values.insightId && !(await isProjectInsight(db, projectId, values.insightId))) {
    throw notFound();
  }
  return insertIdea(db, {
    projectId,
    insightId: values.insightId,
    text: values.text,
    createdBy: input.actorUserId,
    // A new idea takes the column's default language, Finnish.
    search: ideaSearchVector({ language: 'fi', text: values.text }),
  });
}
