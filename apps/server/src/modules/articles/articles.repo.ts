import type { ArticleImageType, RichTextDoc } from '@timantti/contracts';
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import {
  articleAuthors,
  articleCards,
  articleImages,
  articleProjects,
  articles,
  memberships,
  organisations,
  projects,
  projectMembers,
  users,
} from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';

export type ArticleSummaryRow = {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  title: string;
  summary: string;
  status: 'draft' | 'published';
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  authors: { id: string; displayName: string }[];
};
export type ArticleRow = ArticleSummaryRow & { content: RichTextDoc };
export type ArticleImageRow = typeof articleImages.$inferSelect;
export type LinkedProjectRow = {
  id: string;
  name: string;
  organisationId: string;
  archived: boolean;
  teamUserIds: string[];
};

const authorsOf = sql<{ id: string; displayName: string }[]>`coalesce((
  select json_agg(json_build_object('id', ${users.id}, 'displayName', ${users.displayName})
    order by ${articleAuthors.position})
  from ${articleAuthors} join ${users} on ${users.id} = ${articleAuthors.userId}
  where ${articleAuthors.articleId} = ${articles.id}), '[]'::json)`;

const summaryColumns = {
  id: articles.id,
  organisationId: articles.organisationId,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  title: articles.title,
  summary: articles.summary,
  status: articles.status,
  publishedAt: articles.publishedAt,
  createdAt: articles.createdAt,
  updatedAt: articles.updatedAt,
  version: articles.version,
  authors: authorsOf,
};

/**
 * Articles the reader may see, newest first: every published one of the installation (or of one
 * organisation), and the drafts of the organisations `draftsOf` names (the reader's own).
 */
export async function listArticles(
  db: Queryable,
  filter: { organisationId?: string | undefined; draftsOf: readonly string[] },
): Promise<ArticleSummaryRow[]> {
  const visible: SQL[] = [eq(articles.status, 'published')];
  if (filter.draftsOf.length > 0)
    visible.push(inArray(articles.organisationId, [...filter.draftsOf]));
  const conditions = [or(...visible)];
  if (filter.organisationId) conditions.push(eq(articles.organisationId, filter.organisationId));
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(organisations, eq(organisations.id, articles.organisationId))
    .where(and(...conditions))
    .orderBy(desc(sql`coalesce(${articles.publishedAt}, ${articles.updatedAt})`), asc(articles.id))
    .limit(500);
}

export async function findArticle(db: Queryable, articleId: string): Promise<ArticleRow | null> {
  const [row] = await db
    .select({ ...summaryColumns, content: articles.content })
    .from(articles)
    .innerJoin(organisations, eq(organisations.id, articles.organisationId))
    .where(eq(articles.id, articleId));
  return row ?? null;
}

export async function readArticleLinks(db: Queryable, articleId: string) {
  const [linked, cards, images] = await Promise.all([
    db
      .select({
        id: projects.id,
        name: projects.name,
        organisationId: projects.organisationId,
        archived: sql<boolean>`${projects.archivedAt} is not null`,
        teamUserIds: sql<string[]>`coalesce((select array_agg(${projectMembers.userId})
          from ${projectMembers} where ${projectMembers.projectId} = ${projects.id}),
          '{}'::uuid[])`,
      })
      .from(articleProjects)
      .innerJoin(projects, eq(projects.id, articleProjects.projectId))
      .where(eq(articleProjects.articleId, articleId))
      .orderBy(asc(articleProjects.position)),
    db
      .select({ cardKey: articleCards.cardKey })
      .from(articleCards)
      .where(eq(articleCards.articleId, articleId))
      .orderBy(asc(articleCards.position)),
    listArticleImages(db, articleId),
  ]);
  return {
    projects: linked as LinkedProjectRow[],
    cardKeys: cards.map((card) => card.cardKey),
    images,
  };
}

export async function insertArticle(
  tx: Tx,
  values: {
    organisationId: string;
    title: string;
    summary: string;
    content: RichTextDoc;
    body: string;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await tx.insert(articles).values(values).returning({ id: articles.id });
  if (!row) throw new Error('article not inserted');
  return row.id;
}

/**
 * Moves the article to its next version with the changed fields. Publishing stamps the first
 * time it went out and keeps that date on a later publish; a draft has none.
 */
export async function advanceArticleVersion(
  tx: Tx,
  articleId: string,
  expected: number,
  set: Partial<
    Pick<typeof articles.$inferInsert, 'title' | 'summary' | 'content' | 'body' | 'status'>
  >,
) {
  const publishedAt =
    set.status === undefined
      ? {}
      : {
          publishedAt:
            set.status === 'published' ? sql`coalesce(${articles.publishedAt}, now())` : sql`null`,
        };
  await advanceVersion(tx, articles, {
    id: articleId,
    expected,
    set: { ...set, ...publishedAt, updatedAt: sql`now()` },
  });
}

export async function replaceArticleAuthors(tx: Tx, articleId: string, userIds: readonly string[]) {
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  if (userIds.length === 0) return;
  await tx
    .insert(articleAuthors)
    .values(userIds.map((userId, position) => ({ articleId, userId, position })));
}

export async function replaceArticleProjects(
  tx: Tx,
  articleId: string,
  projectIds: readonly string[],
) {
  await tx.delete(articleProjects).where(eq(articleProjects.articleId, articleId));
  if (projectIds.length === 0) return;
  await tx
    .insert(articleProjects)
    .values(projectIds.map((projectId, position) => ({ articleId, projectId, position })));
}

export async function replaceArticleCards(tx: Tx, articleId: string, keys: readonly string[]) {
  await tx.delete(articleCards).where(eq(articleCards.articleId, articleId));
  if (keys.length === 0) return;
  await tx
    .insert(articleCards)
    .values(keys.map((cardKey, position) => ({ articleId, cardKey, position })));
}

/** How many of the ids are members of the organisation. */
export async function countMembers(
  db: Queryable,
  organisationId: string,
  userIds: readonly string[],
): Promise<number> {
  if (userIds.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        inArray(memberships.userId, [...userIds]),
      ),
    );
  return row?.count ?? 0;
}

/** How many of the ids are projects of the organisation. */
export async function countProjects(
  db: Queryable,
  organisationId: string,
  projectIds: readonly string[],
): Promise<number> {
  if (projectIds.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(projects)
    .where(and(eq(projects.organisationId, organisationId), inArray(projects.id, [...projectIds])));
  return row?.count ?? 0;
}

/** Locks the article for a change of its images and returns its organisation. */
export async function lockArticle(tx: Tx, articleId: string) {
  const [row] = await tx
    .select({ id: articles.id, organisationId: articles.organisationId })
    .from(articles)
    .where(eq(articles.id, articleId))
    .for('update');
  return row ?? null;
}

export async function listArticleImages(db: Queryable, articleId: string) {
  return db
    .select()
    .from(articleImages)
    .where(eq(articleImages.articleId, articleId))
    .orderBy(asc(articleImages.position), asc(articleImages.createdAt));
}

export async function findArticleImage(db: Queryable, articleId: string, imageId: string) {
  const [row] = await db
    .select()
    .from(articleImages)
    .where(and(eq(articleImages.articleId, articleId), eq(articleImages.id, imageId)));
  return row ?? null;
}

export async function insertArticleImage(
  tx: Tx,
  values: {
    articleId: string;
    fileId: string;
    type: ArticleImageType;
    bytes: number;
    alt: string;
    decorative: boolean;
    caption: string;
  },
): Promise<string> {
  const [row] = await tx
    .insert(articleImages)
    .values({
      ...values,
      position: sql`(select coalesce(max(${articleImages.position}) + 1, 0) from ${articleImages}
        where ${articleImages.articleId} = ${values.articleId})`,
    })
    .returning({ id: articleImages.id });
  if (!row) throw new Error('image not inserted');
  await tx
    .update(articles)
    .set({ updatedAt: sql`now()` })
    .where(eq(articles.id, values.articleId));
  return row.id;
}

export async function countArticleImages(db: Queryable, articleId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(articleImages)
    .where(eq(articleImages.articleId, articleId));
  return row?.count ?? 0;
}

/** Deletes the image's row and returns its file's id; null when there was none. */
export async function deleteArticleImage(
  tx: Tx,
  articleId: string,
  imageId: string,
): Promise<string | null> {
  const [row] = await tx
    .delete(articleImages)
    .where(and(eq(articleImages.articleId, articleId), eq(articleImages.id, imageId)))
    .returning({ fileId: articleImages.fileId });
  return row?.fileId ?? null;
}

/** Deletes the article and returns its image files' ids, to remove after commit. */
export async function deleteArticle(tx: Tx, articleId: string): Promise<string[]> {
  const files = await tx
    .select({ fileId: articleImages.fileId })
    .from(articleImages)
    .where(eq(articleImages.articleId, articleId));
  await tx.delete(articles).where(eq(articles.id, articleId));
  return files.map((file) => file.fileId);
}
