import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ARTICLE_IMAGE_MAX_BYTES, ARTICLE_MAX_IMAGES } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { readHead, type UploadStore } from '../../../platform/storage.ts';
import { SKETCH_HEAD_BYTES, sniffSketchType } from '../../ideas/sketch-type.ts';
import {
  countArticleImages,
  deleteArticleImage,
  insertArticleImage,
  lockArticle,
} from '../articles.repo.ts';

/**
 * Keeps an uploaded image with its text alternative. The file is written first under a fresh
 * id and removed again if anything after fails, so no row names a missing file and no file is
 * left that no row names.
 */
export async function addArticleImage(
  db: Db,
  images: UploadStore,
  input: {
    articleId: string;
    body: Readable;
    alt: string;
    decorative: boolean;
    caption: string;
  },
): Promise<string> {
  const fileId = randomUUID();
  const bytes = await images.save(fileId, input.body, ARTICLE_IMAGE_MAX_BYTES);
  try {
    const type = sniffSketchType(await readHead(images, fileId, SKETCH_HEAD_BYTES));
    if (!type) throw new AppError('image_type_unsupported', { status: 415 });
    return await db.transaction(async (tx) => {
      if (!(await lockArticle(tx, input.articleId))) throw notFound();
      if ((await countArticleImages(tx, input.articleId)) >= ARTICLE_MAX_IMAGES) {
        throw new AppError('conflict', { status: 409 });
      }
      return insertArticleImage(tx, {
        articleId: input.articleId,
        fileId,
        type,
        bytes,
        // A decorative image is read past, so whatever alt text came with it is not kept.
        alt: input.decorative ? '' : input.alt,
        decorative: input.decorative,
        caption: input.caption,
      });
    });
  } catch (error) {
    await images.remove(fileId);
    throw error;
  }
}

/** Takes an image out of its article: the row first, then its file. */
export async function removeArticleImage(
  db: Db,
  images: UploadStore,
  input: { articleId: string; imageId: string },
) {
  const fileId = await db.transaction(async (tx) => {
    if (!(await lockArticle(tx, input.articleId))) throw notFound();
    return deleteArticleImage(tx, input.articleId, input.imageId);
  });
  if (!fileId) throw notFound();
  await images.remove(fileId);
}
