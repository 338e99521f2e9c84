import { plainTextOf, type UpdateArticleInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import {
  advanceArticleVersion,
  replaceArticleAuthors,
  replaceArticleCards,
  replaceArticleProjects,
} from '../articles.repo.ts';
import { checkArticleLinks } from './check-article-links.ts';

/**
 * Changes an article on the version the edit was made on. Publishing stamps the first time it
 * went out; taking it back to draft keeps the article but hides it outside the organisation.
 */
export async function updateArticle(
  db: Db,
  input: {
    articleId: string;
    organisationId: string;
    values: z.output<typeof UpdateArticleInput>;
  },
) {
  const { articleId, organisationId, values } = input;
  await db.transaction(async (tx) => {
    await advanceArticleVersion(tx, articleId, values.version, {
      ...(values.title !== undefined && { title: values.title }),
      ...(values.summary !== undefined && { summary: values.summary }),
      ...(values.content !== undefined && {
        content: values.content,
        body: plainTextOf(values.content),
      }),
      ...(values.status !== undefined && { status: values.status }),
    });
    await checkArticleLinks(tx, organisationId, values);
    if (values.authorIds) await replaceArticleAuthors(tx, articleId, values.authorIds);
    if (values.projectIds) await replaceArticleProjects(tx, articleId, values.projectIds);
    if (values.cardKeys) await replaceArticleCards(tx, articleId, values.cardKeys);
  });
}
