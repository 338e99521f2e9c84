import type { Article, ArticleImage, ArticleSummary } from '@timantti/contracts';
import type { Actor } from '../../http/types.ts';
import { canOnProject } from '../projects/projects.policy.ts';
import { articleAbilities, type ArticleFacts } from './articles.policy.ts';
import type {
  ArticleImageRow,
  ArticleRow,
  ArticleSummaryRow,
  LinkedProjectRow,
} from './articles.repo.ts';

export const articleFacts = (row: ArticleSummaryRow): ArticleFacts => ({
  organisationId: row.organisationId,
  status: row.status,
  authorIds: row.authors.map((author) => author.id),
});

export function presentArticleSummary(row: ArticleSummaryRow): ArticleSummary {
  return {
    id: row.id,
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      slug: row.organisationSlug,
    },
    title: row.title,
    summary: row.summary,
    status: row.status,
    authors: row.authors,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function presentArticleImage(articleId: string, row: ArticleImageRow): ArticleImage {
  return {
    id: row.id,
    type: row.type,
    bytes: row.bytes,
    alt: row.alt,
    decorative: row.decorative,
    caption: row.caption,
    url: `/api/v1/articles/${articleId}/images/${row.id}`,
  };
}

export function presentArticle(
  actor: Actor,
  row: ArticleRow,
  links: { projects: LinkedProjectRow[]; cardKeys: string[]; images: ArticleImageRow[] },
): Article {
  return {
    ...presentArticleSummary(row),
    content: row.content,
    images: links.images.map((image) => presentArticleImage(row.id, image)),
    // A reader elsewhere learns nothing of projects they could not open.
    projects: links.projects
      .filter((project) =>
        canOnProject(actor, 'view', {
          organisationId: project.organisationId,
          archived: project.archived,
          teamUserIds: new Set(project.teamUserIds),
        }),
      )
      .map((project) => ({ id: project.id, name: project.name })),
    cardKeys: links.cardKeys,
    createdAt: new Date(row.createdAt).toISOString(),
    version: row.version,
    abilities: articleAbilities(actor, articleFacts(row)),
  };
}
