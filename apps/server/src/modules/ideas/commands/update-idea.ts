import type { UpdateIdeaInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { ideaSearchVector } from '../idea-search.ts';
import {
  advanceIdeaVersion,
  findIdeaLanguage,
  isProjectInsight,
  setIdeaSearch,
} from '../ideas.repo.ts';

/**
 * Changes an idea's text, insight or status on the version the edit was made on, and rebuilds
 * its search vector when the text changed.
 */
export async function updateIdea(
  db: Db,
  input: { projectId: string; ideaId: string; values: z.output<typeof UpdateIdeaInput> },
) {
  const { projectId, ideaId, values } = input;
  await db.transaction(async (tx) => {
    const { version, ...set } = values;
    await advanceIdeaVersion(tx, projectId, { id: ideaId, version, set });
    if (set.insightId && !(await isProjectInsight(tx, projectId, set.insightId))) {
      throw notFound();
    }
    if (set.text !== undefined) {
      const language = await findIdeaLanguage(tx, projectId, ideaId);
      if (!language) throw notFound();
      await setIdeaSearch(tx, ideaId, ideaSearchVector({ language, text: set.text }));
    }
  });
}
