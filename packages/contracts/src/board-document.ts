import * as Y from 'yjs';
import { Id, toStorableText } from './domain.ts';
import { TextLanguage } from './research.ts';
import {
  BOARD_SCHEMA_VERSION,
  type BoardCard,
  BoardCardKind,
  type BoardGroup,
  type BoardSnapshot,
  GroupColour,
} from './board.ts';

/*
 * The affinity board as a Yjs document, shared by the server (persistence, derived rows,
 * erasure) and the web app (the live board). Top level:
 *
 *   meta   Y.Map  { schemaVersion: number }
 *   cards  Y.Map<Y.Map>  card id → { kind, evidenceId? | ideaId?, text, language, groupId,
 *                                     x, y, createdBy, createdAt, withdrawn? }
 *   groups Y.Map<Y.Map>  group id → { title, colour, x, y, order, suggested? }
 *
 * Every field is a plain value in its own map, so two people moving and renaming at once
 * merge per field. Documents are named `board:<boardId>`.
 */
type FieldMap = Y.Map<unknown>;

function boardMaps(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>('meta'),
    cards: doc.getMap<FieldMap>('cards'),
    groups: doc.getMap<FieldMap>('groups'),
  };
}

// ——— Reading ———
// A document is written by browsers, so reading never trusts a field's type, nor its text:
// a NUL or lone surrogate (or half of a pair cut at the limit) reads as U+FFFD, so the derived
// rows always store. The document keeps what was sent.

const MAX_TEXT = 10_000;
const str = (value: unknown, max = MAX_TEXT) =>
  typeof value === 'string' ? toStorableText(value.slice(0, max)) : '';
const num = (value: unknown, fallback = 0) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const isId = (value: unknown): value is string => Id.safeParse(value).success;

function readCard(id: string, fields: unknown): BoardCard | null {
  if (!(fields instanceof Y.Map) || !isId(id)) return null;
  const kind = BoardCardKind.safeParse(fields.get('kind'));
  if (!kind.success) return null;
  const evidenceId = fields.get('evidenceId');
  if (kind.data === 'evidence' && !isId(evidenceId)) return null;
  const ideaId = fields.get('ideaId');
  if (kind.data === 'idea' && !isId(ideaId)) return null;
  const groupId = fields.get('groupId');
  return {
    id,
    kind: kind.data,
    evidenceId: kind.data === 'evidence' ? (evidenceId as string) : null,
    ideaId: kind.data === 'idea' ? (ideaId as string) : null,
    text: str(fields.get('text')),
    language: TextLanguage.catch('fi').parse(fields.get('language')),
    groupId: isId(groupId) ? groupId : null,
    x: num(fields.get('x')),
    y: num(fields.get('y')),
    createdBy: str(fields.get('createdBy')),
    createdAt: str(fields.get('createdAt')),
    withdrawn: fields.get('withdrawn') === true,
  };
}

function readGroup(id: string, fields: unknown): BoardGroup | null {
  if (!(fields instanceof Y.Map) || !isId(id)) return null;
  return {
    id,
    title: str(fields.get('title'), 200),
    colour: GroupColour.catch('grey').parse(fields.get('colour')),
    x: num(fields.get('x')),
    y: num(fields.get('y')),
    order: num(fields.get('order')),
    suggested: fields.get('suggested') === true,
  };
}

/** The board as plain data: groups by their order, cards by creation; malformed entries skipped. */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  const { cards, groups } = boardMaps(doc);
  const groupList: BoardGroup[] = [];
  groups.forEach((fields, id) => {
    const group = readGroup(id, fields);
    if (group) groupList.push(group);
  });
  groupList.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const groupIds = new Set(groupList.map((g) => g.id));
  const cardList: BoardCard[] = [];
  cards.forEach((fields, id) => {
    const card = readCard(id, fields);
    // A card whose group was deleted meanwhile by someone else is simply ungrouped.
    if (card)
      cardList.push({ ...card, groupId: groupIds.has(card.groupId ?? '') ? card.groupId : null });
  });
  // Cards added together share a time: then in the order they were laid out.
  cardList.sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) || a.y - b.y || a.x - b.x || a.id.localeCompare(b.id),
  );
  return { cards: cardList, groups: groupList };
}

/** The schema version a document was written with; documents from before versioning are 1. */
export function boardSchemaVersionOf(doc: Y.Doc): number {
  const version = boardMaps(doc).meta.get('schemaVersion');
  return typeof version === 'number' ? version : 1;
}

// ——— Writing ———
// Each helper is one transaction, so a change reaches other people whole. `origin` lets a
// client's undo manager track its own changes.

function fieldMap(values: Record<string, unknown>): FieldMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Marks a new, empty document as written with the current schema. */
export function initBoard(doc: Y.Doc, origin?: unknown) {
  const { meta } = boardMaps(doc);
  if (meta.has('schemaVersion')) return;
  doc.transact(() => meta.set('schemaVersion', BOARD_SCHEMA_VERSION), origin);
}

export type NewEvidenceCard = { evidenceId: string; text: string; language: TextLanguage };
type Placement = { x?: number; y?: number; groupId?: string | null };

/**
 * Adds one card per item, laid out in rows of ten from (x, y), in one transaction; `fieldsOf`
 * gives what is particular to the item's kind. Returns the card ids.
 */
function addCardsInRows<Item>(
  doc: Y.Doc,
  input: Placement & { items: Item[]; createdBy: string },
  fieldsOf: (item: Item) => Record<string, unknown>,
  origin: unknown,
): string[] {
  const { cards } = boardMaps(doc);
  const createdAt = new Date().toISOString();
  const ids = input.items.map(() => crypto.randomUUID());
  doc.transact(() => {
    input.items.forEach((item, index) => {
      cards.set(
        ids[index] as string,
        fieldMap({
          ...fieldsOf(item),
          groupId: input.groupId ?? null,
          x: (input.x ?? 0) + (index % 10) * 220,
          y: (input.y ?? 0) + Math.floor(index / 10) * 140,
          createdBy: input.createdBy,
          createdAt,
        }),
      );
    });
  }, origin);
  return ids;
}

/** Adds one card per evidence item, laid out in a row from (x, y). Returns the card ids. */
export function addEvidenceCards(
  doc: Y.Doc,
  input: Placement & { items: NewEvidenceCard[]; createdBy: string },
  origin?: unknown,
): string[] {
  return addCardsInRows(
    doc,
    input,
    (item) => ({
      kind: 'evidence',
      evidenceId: item.evidenceId,
      text: item.text,
      language: item.language,
    }),
    origin,
  );
}

export type NewIdeaCard = { ideaId: string; text: string; language: TextLanguage };

/** Adds one card per idea, its text copied as it is now, laid out in a row from (x, y). */
export function addIdeaCards(
  doc: Y.Doc,
  input: Placement & { items: NewIdeaCard[]; createdBy: string },
  origin?: unknown,
): string[] {
  return addCardsInRows(
    doc,
    input,
    (item) => ({ kind: 'idea', ideaId: item.ideaId, text: item.text, language: item.language }),
    origin,
  );
}

export function addStickyNote(
  doc: Y.Doc,
  input: Placement & { text: string; language: TextLanguage; createdBy: string },
  origin?: unknown,
): string {
  const { cards } = boardMaps(doc);
  const id = crypto.randomUUID();
  doc.transact(() => {
    cards.set(
      id,
      fieldMap({
        kind: 'sticky',
        text: input.text,
        language: input.language,
        groupId: input.groupId ?? null,
        x: input.x ?? 0,
        y: input.y ?? 0,
        createdBy: input.createdBy,
        createdAt: new Date().toISOString(),
      }),
    );
  }, origin);
  return id;
}

export function setCardText(doc: Y.Doc, cardId: string, text: string, origin?: unknown) {
  const card = boardMaps(doc).cards.get(cardId);
  if (card) doc.transact(() => card.set('text', text), origin);
}

export function moveCard(doc: Y.Doc, cardId: string, x: number, y: number, origin?: unknown) {
  const card = boardMaps(doc).cards.get(cardId);
  if (!card) return;
  doc.transact(() => {
    card.set('x', x);
    card.set('y', y);
  }, origin);
}

export function removeCard(doc: Y.Doc, cardId: string, origin?: unknown) {
  const { cards } = boardMaps(doc);
  if (cards.has(cardId)) doc.transact(() => cards.delete(cardId), origin);
}

function nextGroupOrder(groups: Y.Map<FieldMap>): number {
  let max = -1;
  groups.forEach((fields) => {
    const order = fields instanceof Y.Map ? fields.get('order') : undefined;
    if (typeof order === 'number' && order > max) max = order;
  });
  return max + 1;
}

export function createGroup(
  doc: Y.Doc,
  input: { title: string; colour: GroupColour; x?: number; y?: number; suggested?: boolean },
  origin?: unknown,
): string {
  const { groups } = boardMaps(doc);
  const id = crypto.randomUUID();
  doc.transact(() => {
    groups.set(
      id,
      fieldMap({
        title: input.title,
        colour: input.colour,
        x: input.x ?? 0,
        y: input.y ?? 0,
        order: nextGroupOrder(groups),
        suggested: input.suggested ? true : undefined,
      }),
    );
  }, origin);
  return id;
}

export function renameGroup(doc: Y.Doc, groupId: string, title: string, origin?: unknown) {
  const group = boardMaps(doc).groups.get(groupId);
  if (group) doc.transact(() => group.set('title', title), origin);
}

export function recolourGroup(doc: Y.Doc, groupId: string, colour: GroupColour, origin?: unknown) {
  const group = boardMaps(doc).groups.get(groupId);
  if (group) doc.transact(() => group.set('colour', colour), origin);
}

/** The team accepted a machine-suggested group: it becomes an ordinary one. */
export function acceptGroup(doc: Y.Doc, groupId: string, origin?: unknown) {
  const group = boardMaps(doc).groups.get(groupId);
  if (group?.has('suggested')) doc.transact(() => group.delete('suggested'), origin);
}

/** Deletes a group; its cards stay on the board, ungrouped. */
export function deleteGroup(doc: Y.Doc, groupId: string, origin?: unknown) {
  const { cards, groups } = boardMaps(doc);
  if (!groups.has(groupId)) return;
  doc.transact(() => {
    cards.forEach((card) => {
      if (card instanceof Y.Map && card.get('groupId') === groupId) card.set('groupId', null);
    });
    groups.delete(groupId);
  }, origin);
}

/** Moves cards into a group (or out of any, with null), all in one change. */
export function moveCardsToGroup(
  doc: Y.Doc,
  cardIds: readonly string[],
  groupId: string | null,
  origin?: unknown,
) {
  const { cards, groups } = boardMaps(doc);
  if (groupId !== null && !groups.has(groupId)) return;
  doc.transact(() => {
    for (const cardId of cardIds) {
      const card = cards.get(cardId);
      if (card instanceof Y.Map && card.get('groupId') !== groupId) card.set('groupId', groupId);
    }
  }, origin);
}

/**
 * Empties the text of every card showing one of the given evidence items and marks it
 * withdrawn (participant erasure). With garbage collection on, the replaced text leaves no
 * content behind in the document's encoded state. Returns how many cards changed.
 */
export function withdrawEvidenceCards(
  doc: Y.Doc,
  evidenceIds: ReadonlySet<string>,
  origin?: unknown,
): number {
  const { cards } = boardMaps(doc);
  let changed = 0;
  doc.transact(() => {
    cards.forEach((card) => {
      if (!(card instanceof Y.Map)) return;
      const evidenceId = card.get('evidenceId');
      if (typeof evidenceId !== 'string' || !evidenceIds.has(evidenceId)) return;
      if (card.get('text') === '' && card.get('withdrawn') === true) return;
      card.set('text', '');
      card.set('withdrawn', true);
      changed += 1;
    });
  }, origin);
  return changed;
}

// ——— Migrations ———

/** `boardMigrations[i]` brings a document from version i + 1 to i + 2. */
export const boardMigrations: readonly ((doc: Y.Doc) => void)[] = [
  // 1 → 2: groups got an explicit `order` (before, they were shown by title). Groups without
  // one are numbered after any that have one, alphabetically, so everyone sees the same order.
  (doc) => {
    const { groups } = boardMaps(doc);
    const missing: { id: string; title: string; fields: FieldMap }[] = [];
    groups.forEach((fields, id) => {
      if (fields instanceof Y.Map && typeof fields.get('order') !== 'number')
        missing.push({ id, title: str(fields.get('title')), fields });
    });
    missing.sort((a, b) => a.title.localeCompare(b.title, 'fi') || a.id.localeCompare(b.id));
    let next = nextGroupOrder(groups);
    for (const group of missing) group.fields.set('order', next++);
  },
  // 2 → 3: cards of kind `idea` (with `ideaId`) came. No stored card changes; the new version
  // is what makes a client from before it, which would not show such cards, read-only.
  () => undefined,
];

export class BoardVersionError extends Error {
  readonly version: number;
  constructor(version: number) {
    super(`board document version ${version} is newer than this server (${BOARD_SCHEMA_VERSION})`);
    this.version = version;
  }
}

/**
 * Runs the migrations a stored document needs, in one transaction, and records the new
 * version. A document newer than this code is refused rather than half understood.
 */
export function migrateBoard(doc: Y.Doc, origin?: unknown): { from: number; to: number } {
  const { meta, cards, groups } = boardMaps(doc);
  const empty = meta.size === 0 && cards.size === 0 && groups.size === 0;
  if (empty) {
    initBoard(doc, origin);
    return { from: BOARD_SCHEMA_VERSION, to: BOARD_SCHEMA_VERSION };
  }
  const from = boardSchemaVersionOf(doc);
  if (from > BOARD_SCHEMA_VERSION) throw new BoardVersionError(from);
  if (from === BOARD_SCHEMA_VERSION) return { from, to: from };
  doc.transact(() => {
    for (let version = from; version < BOARD_SCHEMA_VERSION; version++) {
      boardMigrations[version - 1]?.(doc);
    }
    meta.set('schemaVersion', BOARD_SCHEMA_VERSION);
  }, origin);
  return { from, to: BOARD_SCHEMA_VERSION };
}
