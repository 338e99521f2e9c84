import { z } from 'zod';
import { Id, Timestamp, Version, line, refusal, text } from './domain.ts';
import { MethodCardKey } from './method-cards.ts';
import { RichTextDoc, StoredRichTextDoc } from './rich-text.ts';

/*
 * Articles (artikkelit) of an organisation's article collection: what a team learnt, written to
 * inspire other public bodies. An article is rich text with images (each with its alt text, or
 * marked decorative), written by members of the organisation, linked to its projects and to
 * method cards. Drafts stay inside the organisation; published articles are read installation-wide.
 */

export const articleStatuses = ['draft', 'published'] as const;
export const ArticleStatus = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

export const articleImageTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const ArticleImageType = z.enum(articleImageTypes);
export type ArticleImageType = z.infer<typeof ArticleImageType>;
export const ARTICLE_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const ARTICLE_MAX_IMAGES = 20;
export const ARTICLE_MAX_LINKS = 20;

/**
 * A method card as articles and courses name it: a shipped card's stable key, or the id of a
 * card of the organisation's own.
 */
export const CardReference = z.union([MethodCardKey, Id]);

const uniqueIds = (max: number) =>
  z
    .array(Id)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'ids must be unique' });
const uniqueKeys = z
  .array(CardReference)
  .max(ARTICLE_MAX_LINKS)
  .refine((keys) => new Set(keys).size === keys.length, { message: 'keys must be unique' });

export const ArticleInput = z.strictObject({
  title: line(200),
  summary: text(1000).default(''),
  // A document has at least one block: an empty one is one empty paragraph, as the editor makes it.
  content: RichTextDoc.default({ type: 'doc', content: [{ type: 'paragraph' }] }),
  /** Members of the organisation; the writer when left out. */
  authorIds: uniqueIds(ARTICLE_MAX_LINKS).optional(),
  projectIds: uniqueIds(ARTICLE_MAX_LINKS).default([]),
  cardKeys: uniqueKeys.default([]),
});
export type ArticleInput = z.input<typeof ArticleInput>;

export const UpdateArticleInput = z
  .strictObject({
    version: Version,
    title: line(200).optional(),
    summary: text(1000).optional(),
    content: RichTextDoc.optional(),
    status: ArticleStatus.optional(),
    authorIds: uniqueIds(ARTICLE_MAX_LINKS).min(1).optional(),
    projectIds: uniqueIds(ARTICLE_MAX_LINKS).optional(),
    cardKeys: uniqueKeys.optional(),
  })
  .refine(({ version: _, ...fields }) => Object.values(fields).some((v) => v !== undefined), {
    message: 'at least one field is required',
  });
export type UpdateArticleInput = z.input<typeof UpdateArticleInput>;

/**
 * What an uploaded image says of itself, sent beside its bytes: a text alternative, or the
 * explicit choice that it is decorative and says nothing a reader would miss.
 */
export const ArticleImageQuery = z
  .strictObject({
    alt: text(300).default(''),
    decorative: z.enum(['true', 'false']).default('false'),
    caption: text(300).default(''),
  })
  .refine((query) => query.decorative === 'true' || query.alt !== '', {
    ...refusal('alt_text_missing'),
    path: ['alt'],
  });
export type ArticleImageQuery = z.input<typeof ArticleImageQuery>;

export const ArticleListQuery = z.strictObject({ organisationId: Id.optional() });

const Person = z.object({ id: Id, displayName: z.string() });

export const ArticleImage = z.object({
  id: Id,
  type: ArticleImageType,
  bytes: z.number().int(),
  /** Empty exactly when the image is decorative. */
  alt: z.string(),
  decorative: z.boolean(),
  caption: z.string(),
  url: z.string(),
});
export type ArticleImage = z.infer<typeof ArticleImage>;

export const ArticleSummary = z.object({
  id: Id,
  organisation: z.object({ id: Id, name: z.string(), slug: z.string() }),
  title: z.string(),
  summary: z.string(),
  status: ArticleStatus,
  authors: z.array(Person),
  publishedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleList = z.object({
  items: z.array(ArticleSummary),
  abilities: z.object({ create: z.boolean() }),
});
export type ArticleList = z.infer<typeof ArticleList>;

export const Article = ArticleSummary.extend({
  content: StoredRichTextDoc,
  images: z.array(ArticleImage),
  /** Linked projects the caller may open; others are left out. */
  projects: z.array(z.object({ id: Id, name: z.string() })),
  cardKeys: z.array(CardReference),
  createdAt: Timestamp,
  version: Version,
  abilities: z.object({ edit: z.boolean(), publish: z.boolean(), delete: z.boolean() }),
});
export type Article = z.infer<typeof Article>;
