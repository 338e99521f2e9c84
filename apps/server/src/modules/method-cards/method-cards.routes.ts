import {
  CreateMethodCardInput,
  Id,
  MethodCard,
  MethodCardList,
  MethodCardListQuery,
  MethodCardReadQuery,
  RestoreMethodCardInput,
  UpdateMethodCardInput,
  inputString,
} from '@timantti/contracts';
import { z } from 'zod';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { requireInOrganisation } from '../organisations/organisation-access.ts';
import { canInOrganisation } from '../organisations/organisations.policy.ts';
import type { TextLanguage } from '../research/search-vector.ts';
import { createMethodCard } from './commands/create-method-card.ts';
import { editMethodCard } from './commands/edit-method-card.ts';
import { restoreMethodCard } from './commands/restore-method-card.ts';
import { listMethodCards, readMethodCard } from './method-card-view.ts';
import { presentMethodCard, presentMethodCardSummary } from './method-cards.presenter.ts';
import { deleteOwnCard } from './method-cards.repo.ts';

const tags = ['method-cards'];
const OrgParams = z.strictObject({ orgId: Id });
// A shipped card's key or an own card's id; anything else is a card that is not there (404).
const CardParams = z.strictObject({ orgId: Id, key: inputString().min(1).max(100) });

/** The organisation's method cards: the shipped ones, its copies of them and its own. */
export function methodCardRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  const readCard = async (actor: Actor, orgId: string, key: string, language: TextLanguage) => {
    const view = await readMethodCard(db, orgId, key, language);
    if (!view) throw notFound();
    return presentMethodCard(view, {
      manage: canInOrganisation(actor, 'manageMethodCards', orgId),
    });
  };

  app.get(
    '/api/v1/orgs/:orgId/method-cards',
    {
      schema: {
        tags,
        summary: 'List the method cards, filtered by phase and duration or searched',
        params: OrgParams,
        querystring: MethodCardListQuery,
        response: { 200: MethodCardList },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'view');
      const { language = request.locale, ...filters } = request.query;
      const views = await listMethodCards(db, orgId, language, filters);
      return {
        items: views.map(presentMethodCardSummary),
        abilities: { create: canInOrganisation(actor, 'manageMethodCards', orgId) },
      };
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/method-cards',
    {
      schema: {
        tags,
        summary: "Write a card of the organisation's own",
        params: OrgParams,
        body: CreateMethodCardInput,
        response: { 201: MethodCard },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'manageMethodCards');
      const key = await createMethodCard(db, {
        organisationId: orgId,
        actorUserId: actor.userId,
        values: request.body,
      });
      return reply.status(201).send(await readCard(actor, orgId, key, request.body.language));
    },
  );

  app.get(
    '/api/v1/orgs/:orgId/method-cards/:key',
    {
      schema: {
        tags,
        summary: 'Get a card, with the shipped text beside the organisation’s copy',
        params: CardParams,
        querystring: MethodCardReadQuery,
        response: { 200: MethodCard },
      },
    },
    async (request) => {
      const { orgId, key } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'view');
      return readCard(actor, orgId, key, request.query.language ?? request.locale);
    },
  );

  app.put(
    '/api/v1/orgs/:orgId/method-cards/:key',
    {
      schema: {
        tags,
        summary: "Edit the organisation's copy of a card in one language, or its own card",
        params: CardParams,
        body: UpdateMethodCardInput,
        response: { 200: MethodCard },
      },
    },
    async (request) => {
      const { orgId, key } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'manageMethodCards');
      const { language } = request.body;
      await onVersion(
        () =>
          editMethodCard(db, {
            organisationId: orgId,
            key,
            actorUserId: actor.userId,
            values: request.body,
          }),
        () => readCard(actor, orgId, key, language),
      );
      return readCard(actor, orgId, key, language);
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/method-cards/:key/restore',
    {
      schema: {
        tags,
        summary: "Restore a card's shipped text in one language",
        params: CardParams,
        body: RestoreMethodCardInput,
        response: { 200: MethodCard },
      },
    },
    async (request) => {
      const { orgId, key } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'manageMethodCards');
      const { language, version } = request.body;
      await onVersion(
        () =>
          restoreMethodCard(db, {
            organisationId: orgId,
            key,
            actorUserId: actor.userId,
            language,
            version,
          }),
        () => readCard(actor, orgId, key, language),
      );
      return readCard(actor, orgId, key, language);
    },
  );

  app.delete(
    '/api/v1/orgs/:orgId/method-cards/:key',
    {
      schema: {
        tags,
        summary: "Delete a card of the organisation's own (shipped cards are restored instead)",
        params: CardParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { orgId, key } = request.params;
      requireInOrganisation(request.actor, orgId, 'manageMethodCards');
      const uuid = Id.safeParse(key);
      if (!uuid.success || !(await deleteOwnCard(db, orgId, uuid.data))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
