import type { Db } from '../../../db/client.ts';
import type { UploadStore } from '../../../platform/storage.ts';
import { deleteArticle } from '../articles.repo.ts';

/** Deletes an article with its links and images, the files after the rows are gone. */
export async function deleteArticleWithImages(
  db: Db,
  images: UploadStore,
  input: { articleId: string },
) {
  const files = await db.transaction((tx) => deleteArticle(tx, input.articleId));
  for (const fileId of files) await images.remove(fileId);
}
