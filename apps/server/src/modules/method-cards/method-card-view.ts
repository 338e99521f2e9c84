import {
  isMethodCardKey,
  methodCardKeys,
  type MethodCardContent,
  type MethodCardKey,
  type MethodCardOrigin,
  type Phase,
} from '@timantti/contracts';
import type { Queryable } from '../../db/client.ts';
import type { TextLanguage } from '../research/search-vector.ts';
import { tsQueries } from '../research/search/search.repo.ts';
import { methodCardSearchVector } from './method-card-search.ts';
import {
  findCardCopy,
  findOwnCard,
  listOrganisationCards,
  searchMethodCards,
  type MethodCardRow,
} from './method-cards.repo.ts';
import { shippedCardContent } from './shipped/index.ts';

/** A card as the organisation reads it in one language, with what it was made from. */
export type MethodCardView = {
  key: string;
  origin: MethodCardOrigin;
  language: TextLanguage;
  content: MethodCardContent;
  /** A shipped card's shipped text in the same language. */
  shipped: MethodCardContent | null;
  /** The organisation's row behind it: its copy (restored or not) or its own card. */
  row: MethodCardRow | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function shippedView(
  key: MethodCardKey,
  language: TextLanguage,
  copy: MethodCardRow | null,
): MethodCardView {
  const shipped = shippedCardContent(key, language);
  return {
    key,
    origin: 'shipped',
    language,
    content: copy?.content ?? shipped,
    shipped,
    row: copy,
  };
}

const ownView = (row: MethodCardRow & { content: MethodCardContent }): MethodCardView => ({
  key: row.id,
  origin: 'own',
  language: row.language,
  content: row.content,
  shipped: null,
  row,
});

const isOwn = (row: MethodCardRow): row is MethodCardRow & { content: MethodCardContent } =>
  row.shippedKey === null && row.content !== null;

/**
 * A card of the organisation by its key: a shipped card in `language` (the organisation's copy
 * when it keeps one), or its own card in the language it is written in. Null for anything else,
 * another organisation's own card included.
 */
export async function readMethodCard(
  db: Queryable,
  organisationId: string,
  key: string,
  language: TextLanguage,
): Promise<MethodCardView | null> {
  if (isMethodCardKey(key))
    return shippedView(key, language, await findCardCopy(db, organisationId, key, language));
  if (!UUID.test(key)) return null;
  const row = await findOwnCard(db, organisationId, key);
  return row && isOwn(row) ? ownView(row) : null;
}

export type MethodCardFilters = {
  q?: string | undefined;
  phase?: Phase | undefined;
  fitsIn?: number | undefined;
};

// Building a shipped card's vector analyses every word with Voikko; its text never changes
// while the process runs, so each (card, language) is built once.
const shippedVectors = new Map<string, ReturnType<typeof methodCardSearchVector>>();
function shippedVector(key: MethodCardKey, language: TextLanguage) {
  const id = `${key}:${language}`;
  let vector = shippedVectors.get(id);
  if (!vector) {
    vector = methodCardSearchVector(language, shippedCardContent(key, language));
    shippedVectors.set(id, vector);
  }
  return vector;
}

/**
 * The cards the organisation reads in `language`: the shipped ones in the double diamond's
 * order (its copies in their place), then its own cards, oldest first; filtered by phase and
 * by whether the method's shortest form fits in the minutes given, and, with a query, only the
 * matching ones, best first.
 */
export async function listMethodCards(
  db: Queryable,
  organisationId: string,
  language: TextLanguage,
  filters: MethodCardFilters,
): Promise<MethodCardView[]> {
  const rows = await listOrganisationCards(db, organisationId);
  const copies = new Map(
    rows
      .filter((row) => row.shippedKey !== null && row.language === language)
      .map((row) => [row.shippedKey, row]),
  );
  let views = [
    ...methodCardKeys.map((key) => shippedView(key, language, copies.get(key) ?? null)),
    ...rows.filter(isOwn).map(ownView),
  ].filter(
    (view) =>
      (!filters.phase || view.content.phases.includes(filters.phase)) &&
      (!filters.fitsIn || view.content.minutes.min <= filters.fitsIn),
  );
  if (filters.q) {
    const shipped = views
      .filter((view) => view.origin === 'shipped' && !view.row?.content)
      .map((view) => ({
        key: view.key,
        search: shippedVector(view.key as MethodCardKey, language),
      }));
    const hits = await searchMethodCards(db, {
      organisationId,
      language,
      shipped,
      q: tsQueries(filters.q),
    });
    const byKey = new Map(views.map((view) => [view.key, view]));
    views = hits.flatMap((hit) => byKey.get(hit.key) ?? []);
  }
  return views;
}
