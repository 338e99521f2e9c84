import type { Readable } from 'node:stream';
import {
  ARTICLE_IMAGE_MAX_BYTES,
  Article,
  ArticleImageQuery,
  ArticleInput,
  ArticleList,
  ArticleListQuery,
  Id,
  UpdateArticleInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { uploadStore } from '../../platform/storage.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { requireInOrganisation } from '../organisations/organisation-access.ts';
import { addArticleImage, removeArticleImage } from './commands/article-images.ts';
import { createArticle } from './commands/create-article.ts';
import { deleteArticleWithImages } from './commands/delete-article.ts';
import { updateArticle } from './commands/update-article.ts';
import { articleAbilities, canReadArticle, canWriteArticles } from './articles.policy.ts';
import { articleFacts, presentArticle, presentArticleSummary } from './articles.presenter.ts';
import { findArticle, findArticleImage, listArticles, readArticleLinks } from './articles.repo.ts';

const tags = ['articles'];
const OrgParams = z.strictObject({ orgId: Id });
const ArticleParams = z.strictObject({ articleId: Id });
const ImageParams = z.strictObject({ articleId: Id, imageId: Id });

/** The article collection: organisations' articles, read across the installation once published. */
export function articleRoutes(app: App, { database, config }: AppContext) {
  const { db } = database;
  const images = uploadStore(config, 'article-images');
  // Image bodies reach the route as a stream through the parser ideas.routes.ts registers for
  // the image types on this same instance.
  const ownOrganisations = (actor: Actor) => [...actor.roles.keys()];

  // An article the caller may not read is not there for them (404).
  const loadArticle = async (actor: Actor, articleId: string) => {
    const row = await findArticle(db, articleId);
    if (!row || !canReadArticle(actor, articleFacts(row))) throw notFound();
    return row;
  };

  const loadForChange = async (
    actor: Actor,
    articleId: string,
    allowed: (abilities: ReturnType<typeof articleAbilities>) => boolean,
  ) => {
    const row = await loadArticle(actor, articleId);
    if (!allowed(articleAbilities(actor, articleFacts(row)))) throw new AppError('forbidden');
    return row;
  };

  const readArticle = async (actor: Actor, articleId: string) => {
    const row = await loadArticle(actor, articleId);
    return presentArticle(actor, row, await readArticleLinks(db, articleId));
  };

  app.get(
    '/api/v1/articles',
    {
      schema: {
        tags,
        summary: 'The published articles of the installation, with the caller’s own drafts',
        description: 'Newest first; `organisationId` keeps one organisation’s collection.',
        querystring: ArticleListQuery,
        response: { 200: ArticleList },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listArticles(db, {
        organisationId: request.query.organisationId,
        draftsOf: ownOrganisations(actor),
      });
      return { items: rows.map(presentArticleSummary), abilities: { create: false } };
    },
  );

  app.get(
    '/api/v1/orgs/:orgId/articles',
    {
      schema: {
        tags,
        summary: "The organisation's article collection, its drafts included",
        params: OrgParams,
        response: { 200: ArticleList },
      },
    },
    async (request) => {
      const actor = requireInOrganisation(request.actor, request.params.orgId, 'view');
      const rows = await listArticles(db, {
        organisationId: request.params.orgId,
        draftsOf: [request.params.orgId],
      });
      return {
        items: rows.map(presentArticleSummary),
        abilities: { create: canWriteArticles(actor, request.params.orgId) },
      };
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/articles',
    {
      schema: {
        tags,
        summary: 'Start a draft article',
        description: 'Admins, facilitators and members write; authors must be members.',
        params: OrgParams,
        body: ArticleInput,
        response: { 201: Article },
      },
    },
    async (request, reply) => {
      const actor = requireInOrganisation(request.actor, request.params.orgId, 'view');
      if (!canWriteArticles(actor, request.params.orgId)) throw new AppError('forbidden');
      const id = await createArticle(db, {
        actorUserId: actor.userId,
        organisationId: request.params.orgId,
        values: request.body,
      });
      return reply.status(201).send(await readArticle(actor, id));
    },
  );

  app.get(
    '/api/v1/articles/:articleId',
    {
      schema: {
        tags,
        summary: 'Get an article',
        params: ArticleParams,
        response: { 200: Article },
      },
    },
    async (request) => readArticle(actorOf(request), request.params.articleId),
  );

  app.patch(
    '/api/v1/articles/:articleId',
    {
      schema: {
        tags,
        summary: 'Change an article, its links, or publish it',
        description:
          'Its authors and the organisation’s leads edit; only admins and facilitators change `status`.',
        params: ArticleParams,
        body: UpdateArticleInput,
        response: { 200: Article },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { articleId } = request.params;
      const row = await loadForChange(actor, articleId, (abilities) =>
        request.body.status === undefined ? abilities.edit : abilities.publish,
      );
      await onVersion(
        () =>
          updateArticle(db, {
            articleId,
            organisationId: row.organisationId,
            values: request.body,
          }),
        () => readArticle(actor, articleId),
      );
      return readArticle(actor, articleId);
    },
  );

  app.delete(
    '/api/v1/articles/:articleId',
    {
      schema: {
        tags,
        summary: 'Delete an article with its images',
        params: ArticleParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await loadForChange(actor, request.params.articleId, (abilities) => abilities.delete);
      await deleteArticleWithImages(db, images, { articleId: request.params.articleId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/articles/:articleId/images',
    {
      bodyLimit: ARTICLE_IMAGE_MAX_BYTES,
      config: { file: true },
      schema: {
        tags,
        summary: 'Add an image to the article',
        description:
          `Send the image's bytes as the body (PNG, JPEG or WebP, at most ${ARTICLE_IMAGE_MAX_BYTES / 1024 / 1024} MiB; ` +
          'the type is read from the bytes) and its text alternative as `alt`, or `decorative=true` ' +
          'for an image that says nothing a reader would miss. Neither is a 400 and nothing is kept.',
        params: ArticleParams,
        querystring: ArticleImageQuery,
        response: { 201: Article },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { articleId } = request.params;
      await loadForChange(actor, articleId, (abilities) => abilities.edit);
      const body = request.body as Readable | undefined;
      if (!body || typeof (body as Partial<Readable>).pipe !== 'function') {
        throw new AppError('unsupported_media_type');
      }
      if (Number(request.headers['content-length']) > ARTICLE_IMAGE_MAX_BYTES) {
        throw new AppError('payload_too_large');
      }
      await addArticleImage(db, images, {
        articleId,
        body,
        alt: request.query.alt,
        decorative: request.query.decorative === 'true',
        caption: request.query.caption,
      });
      return reply.status(201).send(await readArticle(actor, articleId));
    },
  );

  app.get(
    '/api/v1/articles/:articleId/images/:imageId',
    {
      schema: {
        tags,
        summary: "One of the article's images, as the type its bytes are",
        params: ImageParams,
        response: { 200: z.unknown().describe('PNG, JPEG or WebP image') },
      },
    },
    async (request, reply) => {
      const { articleId, imageId } = request.params;
      await loadArticle(actorOf(request), articleId);
      const image = await findArticleImage(db, articleId, imageId);
      if (!image) throw notFound();
      return reply
        .type(image.type)
        .header('content-disposition', 'inline')
        .header('x-content-type-options', 'nosniff')
        .header('content-length', String(image.bytes))
        .send(images.open(image.fileId));
    },
  );

  app.delete(
    '/api/v1/articles/:articleId/images/:imageId',
    {
      schema: {
        tags,
        summary: 'Take an image out of the article',
        params: ImageParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { articleId, imageId } = request.params;
      await loadForChange(actor, articleId, (abilities) => abilities.edit);
      await removeArticleImage(db, images, { articleId, imageId });
      return reply.status(204).send(null);
    },
  );
}
