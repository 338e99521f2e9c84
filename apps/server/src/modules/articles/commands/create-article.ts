import { plainTextOf, type ArticleInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import {
  insertArticle,
  replaceArticleAuthors,
  replaceArticleCards,
  replaceArticleProjects,
} from '../articles.repo.ts';
import { checkArticleLinks } from './check-article-links.ts';

/** Starts a draft article of the organisation, written by its authors (the writer by default). */
export async function createArticle(
  db: Db,
  input: {
    actorUserId: string;
    organisationId: string;
    values: z.output<typeof ArticleInput>;
  },
): Promise<string> {
  const { actorUserId, organisationId, values } = input;
  const authorIds = values.authorIds ?? [actorUserId];
  return db.transaction(async (tx) => {
    await checkArticleLinks(tx, organisationId, { authorIds, projectIds: values.projectIds });
    const id = await insertArticle(tx, {
      organisationId,
      title: values.title,
      summary: values.summary,
      content: values.content,
      body: plainTextOf(values.content),
      createdBy: actorUserId,
    });
    await replaceArticleAuthors(tx, id, authorIds);
    await replaceArticleProjects(tx, id, values.projectIds);
    await replaceArticleCards(tx, id, values.cardKeys);
    return id;
  });
}
