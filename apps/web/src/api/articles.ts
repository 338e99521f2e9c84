import {
  Article,
  ArticleList,
  type ArticleInput,
  type UpdateArticleInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import { request, requestNoContent, seg, upload } from './client.ts';

/** Every view of articles; a write to one refreshes the collections too. */
export const articlesKey = ['articles'] as const;

export const organisationArticlesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...articlesKey, 'organisation', orgId],
    queryFn: () => request('GET', `/orgs/${seg(orgId)}/articles`, ArticleList),
  });

/** The installation's published articles (and the reader's own drafts). */
export const installationArticlesQuery = queryOptions({
  queryKey: [...articlesKey, 'installation'],
  queryFn: () => request('GET', '/articles', ArticleList),
});

export const articleQuery = (articleId: string) =>
  queryOptions({
    queryKey: [...articlesKey, 'one', articleId],
    queryFn: () => request('GET', `/articles/${seg(articleId)}`, Article),
  });

export function createArticle(orgId: string, input: ArticleInput): Promise<Article> {
  return request('POST', `/orgs/${seg(orgId)}/articles`, Article, input);
}

export function updateArticle(articleId: string, input: UpdateArticleInput): Promise<Article> {
  return request('PATCH', `/articles/${seg(articleId)}`, Article, input);
}

export function deleteArticle(articleId: string): Promise<void> {
  return requestNoContent('DELETE', `/articles/${seg(articleId)}`);
}

/** Sends the image as it is, with its text alternative or its decorative mark beside it. */
export function uploadArticleImage(
  articleId: string,
  file: File,
  meta: { alt: string; decorative: boolean; caption: string },
): Promise<Article> {
  const query = new URLSearchParams({
    alt: meta.alt,
    decorative: String(meta.decorative),
    caption: meta.caption,
  });
  return upload(
    `/articles/${seg(articleId)}/images?${query.toString()}`,
    Article,
    file,
    file.type || 'application/octet-stream',
  );
}

export function removeArticleImage(articleId: string, imageId: string): Promise<void> {
  return requestNoContent('DELETE', `/articles/${seg(articleId)}/images/${seg(imageId)}`);
}
