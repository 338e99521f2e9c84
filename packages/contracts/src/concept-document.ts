import * as Y from 'yjs';
import { Id, toStorableText } from './domain.ts';
import {
  CONCEPT_ITEM_MAX,
  CONCEPT_LIST_MAX,
  CONCEPT_NAME_MAX,
  CONCEPT_SCHEMA_VERSION,
  CONCEPT_TEXT_MAX,
  conceptListFields,
  conceptTextFields,
  emptyConceptSnapshot,
  type ConceptListField,
  type ConceptListItem,
  type ConceptSnapshot,
  type ConceptTextField,
} from './concepts.ts';

/*
 * A service concept's live draft as a Yjs document, shared by the server (persistence, derived
 * rows, freezing versions) and the web app (the live editor). Top level:
 *
 *   meta           Y.Map            { schemaVersion: number }
 *   text:<field>   Y.Text           one per text field (name, summary, problem, …)
 *   list:<field>   Y.Array<string>  item ids in order, one per list field (channels, …)
 *   items          Y.Map<Y.Map>     item id → { text: Y.Text }
 *
 * Every field is a top-level type, which exists for every replica from the start: two people
 * typing first into an empty field merge letter by letter, with no map of fields whose creation
 * one of them would lose. A list item is an id in its list's order plus its own Y.Text, so
 * moving an item (delete and insert of its id) keeps what someone is typing into it. The
 * concept holds only the team's words: what it answers (insights, journeys, personas) are rows,
 * not document content, so it cites no evidence. Documents are named `concept:<conceptId>`.
 */

const textOf = (doc: Y.Doc, field: ConceptTextField) => doc.getText(`text:${field}`);
const listOf = (doc: Y.Doc, field: ConceptListField) => doc.getArray<string>(`list:${field}`);
const itemsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('items');
const metaOf = (doc: Y.Doc) => doc.getMap<unknown>('meta');

const maxOf = (field: ConceptTextField) => (field === 'name' ? CONCEPT_NAME_MAX : CONCEPT_TEXT_MAX);
const isId = (value: unknown): value is string => Id.safeParse(value).success;

// ——— Reading ———
// Written by browsers: a NUL or lone surrogate reads as U+FFFD (derived rows always store),
// over-long text is cut, an id twice in a list (two people moving it at once) reads once.

function readItems(doc: Y.Doc, field: ConceptListField): ConceptListItem[] {
  const items = itemsOf(doc);
  const seen = new Set<string>();
  const read: ConceptListItem[] = [];
  for (const id of listOf(doc, field).toArray()) {
    if (!isId(id) || seen.has(id) || read.length >= CONCEPT_LIST_MAX) continue;
    const text = items.get(id)?.get('text');
    if (!(text instanceof Y.Text)) continue;
    seen.add(id);
    read.push({ id, text: toStorableText(text.toString().slice(0, CONCEPT_ITEM_MAX)) });
  }
  return read;
}

/** The draft as plain data. */
export function readConcept(doc: Y.Doc): ConceptSnapshot {
  const snapshot = emptyConceptSnapshot();
  for (const field of conceptTextFields)
    snapshot[field] = toStorableText(textOf(doc, field).toString().slice(0, maxOf(field)));
  for (const field of conceptListFields) snapshot[field] = readItems(doc, field);
  return snapshot;
}

export function conceptSchemaVersionOf(doc: Y.Doc): number {
  const version = metaOf(doc).get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 1;
}

// ——— Writing ———

/** Lays out a new draft with the given fields (a new concept, or one started from another). */
export function initConcept(doc: Y.Doc, values: Partial<ConceptSnapshot>, origin?: unknown): void {
  doc.transact(() => {
    metaOf(doc).set('schemaVersion', CONCEPT_SCHEMA_VERSION);
    for (const field of conceptTextFields) {
      const value = values[field];
      if (value) textOf(doc, field).insert(0, value.slice(0, maxOf(field)));
    }
    for (const field of conceptListFields)
      for (const item of values[field] ?? []) addConceptItem(doc, field, item.text);
  }, origin);
}

/** Replaces the text with the smallest change (common start and end kept), so others' letters stay. */
function setText(ytext: Y.Text, value: string, max: number) {
  const before = ytext.toString();
  const next = value.slice(0, max);
  let start = 0;
  while (start < before.length && start < next.length && before[start] === next[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < next.length - start &&
    before[before.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  const removed = before.length - start - end;
  if (removed > 0) ytext.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) ytext.insert(start, inserted);
}

export function setConceptText(
  doc: Y.Doc,
  field: ConceptTextField,
  value: string,
  origin?: unknown,
) {
  doc.transact(() => setText(textOf(doc, field), value, maxOf(field)), origin);
}

/** Adds an item to a list field (at the end unless told where); its id. */
export function addConceptItem(
  doc: Y.Doc,
  field: ConceptListField,
  value: string,
  index?: number,
  origin?: unknown,
): string {
  const id = crypto.randomUUID();
  const list = listOf(doc, field);
  doc.transact(() => {
    const ytext = new Y.Text();
    ytext.insert(0, value.slice(0, CONCEPT_ITEM_MAX));
    const fields = new Y.Map<unknown>();
    fields.set('text', ytext);
    itemsOf(doc).set(id, fields);
    const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
    list.insert(at, [id]);
  }, origin);
  return id;
}

export function setConceptItemText(doc: Y.Doc, itemId: string, value: string, origin?: unknown) {
  const text = itemsOf(doc).get(itemId)?.get('text');
  if (text instanceof Y.Text) doc.transact(() => setText(text, value, CONCEPT_ITEM_MAX), origin);
}

/** Moves an item to a new place in its list (0 = first). */
export function moveConceptItem(
  doc: Y.Doc,
  field: ConceptListField,
  itemId: string,
  to: number,
  origin?: unknown,
) {
  const list = listOf(doc, field);
  const from = list.toArray().indexOf(itemId);
  if (from === -1) return;
  const target = Math.max(0, Math.min(to, list.length - 1));
  if (target === from) return;
  doc.transact(() => {
    list.delete(from, 1);
    list.insert(target, [itemId]);
  }, origin);
}

export function removeConceptItem(
  doc: Y.Doc,
  field: ConceptListField,
  itemId: string,
  origin?: unknown,
) {
  const list = listOf(doc, field);
  doc.transact(() => {
    const ids = list.toArray();
    for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === itemId) list.delete(i, 1);
    itemsOf(doc).delete(itemId);
  }, origin);
}

// ——— Migrations ———

/** `conceptMigrations[i]` brings a document from version i + 1 to i + 2; none yet. */
export const conceptMigrations: readonly ((doc: Y.Doc) => void)[] = [];

export class ConceptVersionError extends Error {
  readonly version: number;
  constructor(version: number) {
    super(
      `concept document version ${version} is newer than this server (${CONCEPT_SCHEMA_VERSION})`,
    );
    this.version = version;
  }
}

/** Runs the migrations a stored document needs and records the new version. */
export function migrateConcept(doc: Y.Doc, origin?: unknown): { from: number; to: number } {
  const from = conceptSchemaVersionOf(doc);
  if (from > CONCEPT_SCHEMA_VERSION) throw new ConceptVersionError(from);
  if (from === CONCEPT_SCHEMA_VERSION) return { from, to: from };
  doc.transact(() => {
    for (let version = from; version < CONCEPT_SCHEMA_VERSION; version++)
      conceptMigrations[version - 1]?.(doc);
    metaOf(doc).set('schemaVersion', CONCEPT_SCHEMA_VERSION);
  }, origin);
  return { from, to: CONCEPT_SCHEMA_VERSION };
}
