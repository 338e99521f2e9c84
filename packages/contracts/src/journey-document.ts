import * as Y from 'yjs';
import { Id, toStorableText } from './domain.ts';
import type { TextLanguage } from './research.ts';
import {
  EMOTION_MAX,
  EMOTION_MIN,
  JOURNEY_SCHEMA_VERSION,
  type JourneyCell,
  type JourneyCitation,
  type JourneyOutline,
  type JourneySnapshot,
  LaneType,
  cellKey,
  laneTitle,
} from './journey.ts';

/*
 * A service journey map (palvelupolku) as a Yjs document, shared by the server (persistence,
 * derived rows, erasure) and the web app (the live map). Top level:
 *
 *   meta    Y.Map    { schemaVersion: number }
 *   stages  Y.Array<string>        stage ids, left to right
 *   lanes   Y.Array<string>        lane ids, top to bottom
 *   stage   Y.Map<Y.Map>           stage id → { title }
 *   lane    Y.Map<Y.Map>           lane id → { title, type }
 *   cells   Y.Map<Y.Map>           `${laneId}/${stageId}` → { text: Y.Text, emotion?: number,
 *                                                          citations: Y.Array<Citation> }
 *   withdrawn Y.Map<true>          evidence id → true, once an erasure withdrew that evidence
 *
 * A citation is `{ kind, id }`; a cell cites each item once (two people citing it at once may
 * leave it twice in the array, read once). An erasure never rewrites a citation: it sets the
 * evidence's key in `withdrawn`, so the citation stays (the map still shows something was cited
 * there), live clients learn of the erasure without asking the server, and the erasure's two
 * writes — the stored document in its transaction, the open one after commit — merge into one
 * mark instead of two replaced citations.
 *
 * A cell is keyed by its lane and stage, not by position: reordering stages while someone
 * types in a cell keeps the text in its stage, and cell text is a Y.Text, so two people
 * typing in one cell merge letter by letter. Every cell exists from the moment its stage and
 * lane do (created with them, not on first use): two people creating the same cell's map at
 * once would leave one map, and the other person's letters with the map that lost. Only a cell
 * whose stage and lane two people added at the same moment is created on first use. Documents
 * are named `journey:<journeyId>`.
 */
type FieldMap = Y.Map<unknown>;

function journeyParts(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>('meta'),
    stages: doc.getArray<string>('stages'),
    lanes: doc.getArray<string>('lanes'),
    stage: doc.getMap<FieldMap>('stage'),
    lane: doc.getMap<FieldMap>('lane'),
    cells: doc.getMap<FieldMap>('cells'),
    withdrawn: doc.getMap<true>('withdrawn'),
  };
}

// ——— Reading ———
// A document is written by browsers, so reading never trusts a field's type, nor its text:
// a NUL or lone surrogate (or half of a pair cut at the limit) reads as U+FFFD, so the derived
// rows always store. The document keeps what was sent.

const MAX_TEXT = 5000;
const isId = (value: unknown): value is string => Id.safeParse(value).success;
const str = (value: unknown, max = 200) =>
  typeof value === 'string' ? toStorableText(value.slice(0, max)) : '';

/** Ids in order, each once (two people moving one stage at once may leave it twice). */
function orderedIds(array: Y.Array<string>, known: Y.Map<FieldMap>): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of array.toArray()) {
    if (isId(id) && !seen.has(id) && known.get(id) instanceof Y.Map) {
      seen.add(id);
      ids.push(id);
    }
  }
  return ids;
}

/** A cell's citations in order, each (kind, id) once, evidence an erasure withdrew marked. */
function readCitations(value: unknown, withdrawn: Y.Map<true>): JourneyCitation[] {
  if (!(value instanceof Y.Array)) return [];
  const citations: JourneyCitation[] = [];
  const seen = new Set<string>();
  for (const item of value.toArray() as unknown[]) {
    const { kind, id } = (item ?? {}) as { kind?: unknown; id?: unknown };
    if ((kind !== 'evidence' && kind !== 'insight') || !isId(id)) continue;
    if (seen.has(`${kind}:${id}`)) continue;
    seen.add(`${kind}:${id}`);
    citations.push(
      kind === 'evidence' && withdrawn.get(id) === true
        ? { kind, id, withdrawn: true }
        : { kind, id },
    );
  }
  return citations;
}

/** The map as plain data: stages and lanes in order, the cells of those that exist. */
export function readJourney(doc: Y.Doc): JourneySnapshot {
  const parts = journeyParts(doc);
  const stages = orderedIds(parts.stages, parts.stage).map((id) => ({
    id,
    title: str(parts.stage.get(id)?.get('title')),
  }));
  const lanes = orderedIds(parts.lanes, parts.lane).map((id) => {
    const fields = parts.lane.get(id);
    return {
      id,
      title: str(fields?.get('title')),
      type: LaneType.catch('customer_actions').parse(fields?.get('type')),
    };
  });
  const cells: Record<string, JourneyCell> = {};
  for (const lane of lanes) {
    for (const stage of stages) {
      const key = cellKey(lane.id, stage.id);
      const fields = parts.cells.get(key);
      if (!(fields instanceof Y.Map)) continue;
      const text = fields.get('text');
      const emotion = fields.get('emotion');
      const cell = {
        text: text instanceof Y.Text ? str(text.toString(), MAX_TEXT) : '',
        emotion:
          typeof emotion === 'number' && Number.isFinite(emotion)
            ? Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(emotion)))
            : null,
        citations: readCitations(fields.get('citations'), parts.withdrawn),
      };
      // Cells exist before anyone writes in them; an empty one reads as absent.
      if (cell.text !== '' || cell.emotion !== null || cell.citations.length > 0) cells[key] = cell;
    }
  }
  return { stages, lanes, cells };
}

export function journeySchemaVersionOf(doc: Y.Doc): number {
  const version = journeyParts(doc).meta.get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 1;
}

// ——— Writing ———

function fieldMap(values: Record<string, unknown>): FieldMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Lays out a new, empty map: its stages and lanes (from a template or a copied journey). */
export function initJourney(doc: Y.Doc, outline: JourneyOutline, origin?: unknown): void {
  const parts = journeyParts(doc);
  doc.transact(() => {
    parts.meta.set('schemaVersion', JOURNEY_SCHEMA_VERSION);
    for (const title of outline.stages) {
      const id = crypto.randomUUID();
      parts.stage.set(id, fieldMap({ title }));
      parts.stages.push([id]);
    }
    for (const lane of outline.lanes) {
      const id = crypto.randomUUID();
      parts.lane.set(id, fieldMap({ title: lane.title, type: lane.type }));
      parts.lanes.push([id]);
    }
    ensureCells(parts);
  }, origin);
}

/**
 * Copies another journey into a new, empty map (as-is → to-be): the same stages, lanes and
 * cell texts, emotions and citations, under new ids.
 */
export function copyJourney(from: JourneySnapshot, doc: Y.Doc, origin?: unknown): void {
  const parts = journeyParts(doc);
  doc.transact(() => {
    parts.meta.set('schemaVersion', JOURNEY_SCHEMA_VERSION);
    const stageIds = new Map(from.stages.map((s) => [s.id, crypto.randomUUID()]));
    const laneIds = new Map(from.lanes.map((l) => [l.id, crypto.randomUUID()]));
    for (const stage of from.stages) {
      const id = stageIds.get(stage.id) ?? crypto.randomUUID();
      parts.stage.set(id, fieldMap({ title: stage.title }));
      parts.stages.push([id]);
    }
    for (const lane of from.lanes) {
      const id = laneIds.get(lane.id) ?? crypto.randomUUID();
      parts.lane.set(id, fieldMap({ title: lane.title, type: lane.type }));
      parts.lanes.push([id]);
    }
    for (const lane of from.lanes) {
      for (const stage of from.stages) {
        const cell = from.cells[cellKey(lane.id, stage.id)];
        const laneId = laneIds.get(lane.id);
        const stageId = stageIds.get(stage.id);
        if (!cell || !laneId || !stageId) continue;
        const fields = ensureCell(parts.cells, cellKey(laneId, stageId));
        (fields.get('text') as Y.Text).insert(0, cell.text);
        if (cell.emotion !== null) fields.set('emotion', cell.emotion);
        (fields.get('citations') as Y.Array<JourneyCitation>).push(
          cell.citations.map(({ kind, id }) => ({ kind, id })),
        );
        for (const citation of cell.citations)
          if (citation.withdrawn) parts.withdrawn.set(citation.id, true);
      }
    }
    ensureCells(parts);
  }, origin);
}

function ensureCell(cells: Y.Map<FieldMap>, key: string): FieldMap {
  const existing = cells.get(key);
  if (existing instanceof Y.Map) {
    if (!(existing.get('text') instanceof Y.Text)) existing.set('text', new Y.Text());
    if (!(existing.get('citations') instanceof Y.Array)) existing.set('citations', new Y.Array());
    return existing;
  }
  const fields = fieldMap({ text: new Y.Text(), citations: new Y.Array<JourneyCitation>() });
  cells.set(key, fields);
  return fields;
}

/** Creates every missing cell of the map's lanes × stages (see the top of this file). */
function ensureCells(
  parts: ReturnType<typeof journeyParts>,
  only: { laneId?: string; stageId?: string } = {},
) {
  const laneIds = only.laneId ? [only.laneId] : orderedIds(parts.lanes, parts.lane);
  const stageIds = only.stageId ? [only.stageId] : orderedIds(parts.stages, parts.stage);
  for (const laneId of laneIds) {
    for (const stageId of stageIds) {
      if (!(parts.cells.get(cellKey(laneId, stageId)) instanceof Y.Map))
        ensureCell(parts.cells, cellKey(laneId, stageId));
    }
  }
}

function insertId(array: Y.Array<string>, id: string, index?: number) {
  const at = index === undefined ? array.length : Math.max(0, Math.min(index, array.length));
  array.insert(at, [id]);
}

export function addStage(doc: Y.Doc, title: string, index?: number, origin?: unknown): string {
  const parts = journeyParts(doc);
  const id = crypto.randomUUID();
  doc.transact(() => {
    parts.stage.set(id, fieldMap({ title }));
    insertId(parts.stages, id, index);
    ensureCells(parts, { stageId: id });
  }, origin);
  return id;
}

export function addLane(
  doc: Y.Doc,
  lane: { title: string; type: LaneType },
  index?: number,
  origin?: unknown,
): string {
  const parts = journeyParts(doc);
  const id = crypto.randomUUID();
  doc.transact(() => {
    parts.lane.set(id, fieldMap({ title: lane.title, type: lane.type }));
    insertId(parts.lanes, id, index);
    ensureCells(parts, { laneId: id });
  }, origin);
  return id;
}

export function renameStage(doc: Y.Doc, stageId: string, title: string, origin?: unknown) {
  const fields = journeyParts(doc).stage.get(stageId);
  if (fields) doc.transact(() => fields.set('title', title), origin);
}

export function renameLane(doc: Y.Doc, laneId: string, title: string, origin?: unknown) {
  const fields = journeyParts(doc).lane.get(laneId);
  if (fields) doc.transact(() => fields.set('title', title), origin);
}

function move(doc: Y.Doc, array: Y.Array<string>, id: string, to: number, origin?: unknown) {
  const from = array.toArray().indexOf(id);
  if (from === -1) return;
  const target = Math.max(0, Math.min(to, array.length - 1));
  if (target === from) return;
  doc.transact(() => {
    array.delete(from, 1);
    array.insert(target, [id]);
  }, origin);
}

/** Moves a stage to a new place (0 = first); its cells go with it, being keyed by it. */
export function moveStage(doc: Y.Doc, stageId: string, to: number, origin?: unknown) {
  move(doc, journeyParts(doc).stages, stageId, to, origin);
}

export function moveLane(doc: Y.Doc, laneId: string, to: number, origin?: unknown) {
  move(doc, journeyParts(doc).lanes, laneId, to, origin);
}

/** Removes a stage with its cells. */
export function removeStage(doc: Y.Doc, stageId: string, origin?: unknown) {
  const parts = journeyParts(doc);
  doc.transact(() => {
    const ids = parts.stages.toArray();
    for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === stageId) parts.stages.delete(i, 1);
    parts.stage.delete(stageId);
    for (const key of [...parts.cells.keys()]) {
      if (key.endsWith(`/${stageId}`)) parts.cells.delete(key);
    }
  }, origin);
}

/** Removes a lane with its cells. */
export function removeLane(doc: Y.Doc, laneId: string, origin?: unknown) {
  const parts = journeyParts(doc);
  doc.transact(() => {
    const ids = parts.lanes.toArray();
    for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === laneId) parts.lanes.delete(i, 1);
    parts.lane.delete(laneId);
    for (const key of [...parts.cells.keys()]) {
      if (key.startsWith(`${laneId}/`)) parts.cells.delete(key);
    }
  }, origin);
}

/**
 * Sets a cell's text as the smallest change from what it holds (the common start and end
 * kept), so that someone else typing elsewhere in the cell keeps their letters.
 */
export function setCellText(
  doc: Y.Doc,
  laneId: string,
  stageId: string,
  text: string,
  origin?: unknown,
) {
  const parts = journeyParts(doc);
  doc.transact(() => {
    const ytext = ensureCell(parts.cells, cellKey(laneId, stageId)).get('text') as Y.Text;
    const before = ytext.toString();
    const next = text.slice(0, MAX_TEXT);
    let start = 0;
    while (start < before.length && start < next.length && before[start] === next[start]) start++;
    let end = 0;
    while (
      end < before.length - start &&
      end < next.length - start &&
      before[before.length - 1 - end] === next[next.length - 1 - end]
    ) {
      end++;
    }
    const removed = before.length - start - end;
    if (removed > 0) ytext.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted) ytext.insert(start, inserted);
  }, origin);
}

/** The emotion of a stage on an emotion lane, −2…+2, or null to clear it. */
export function setEmotion(
  doc: Y.Doc,
  laneId: string,
  stageId: string,
  value: number | null,
  origin?: unknown,
) {
  const parts = journeyParts(doc);
  doc.transact(() => {
    const fields = ensureCell(parts.cells, cellKey(laneId, stageId));
    if (value === null) fields.delete('emotion');
    else fields.set('emotion', Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(value))));
  }, origin);
}

export function addCitation(
  doc: Y.Doc,
  laneId: string,
  stageId: string,
  citation: JourneyCitation,
  origin?: unknown,
) {
  const parts = journeyParts(doc);
  doc.transact(() => {
    const list = ensureCell(parts.cells, cellKey(laneId, stageId)).get(
      'citations',
    ) as Y.Array<JourneyCitation>;
    const present = list
      .toArray()
      .some((item) => item?.kind === citation.kind && item.id === citation.id);
    if (!present) list.push([{ kind: citation.kind, id: citation.id }]);
  }, origin);
}

export function removeCitation(
  doc: Y.Doc,
  laneId: string,
  stageId: string,
  citation: JourneyCitation,
  origin?: unknown,
) {
  const list = journeyParts(doc).cells.get(cellKey(laneId, stageId))?.get('citations');
  if (!(list instanceof Y.Array)) return;
  doc.transact(() => {
    const items = list.toArray() as JourneyCitation[];
    for (let i = items.length - 1; i >= 0; i--) {
      if (items[i]?.kind === citation.kind && items[i]?.id === citation.id) list.delete(i, 1);
    }
  }, origin);
}

/**
 * Marks withdrawn (participant erasure) those of the given evidence items the map cites, each
 * citation staying in its place. Setting the same key twice, here or on another replica,
 * leaves one mark: the operation is idempotent under merge. Returns how many evidence items
 * were newly marked.
 */
export function withdrawJourneyCitations(
  doc: Y.Doc,
  evidenceIds: ReadonlySet<string>,
  origin?: unknown,
): number {
  const parts = journeyParts(doc);
  const cited = new Set<string>();
  for (const fields of parts.cells.values()) {
    const list = fields instanceof Y.Map ? fields.get('citations') : null;
    if (!(list instanceof Y.Array)) continue;
    for (const item of list.toArray() as Partial<JourneyCitation>[]) {
      if (item?.kind === 'evidence' && typeof item.id === 'string' && evidenceIds.has(item.id))
        cited.add(item.id);
    }
  }
  const unmarked = [...cited].filter((id) => parts.withdrawn.get(id) !== true);
  if (unmarked.length > 0)
    doc.transact(() => {
      for (const id of unmarked) parts.withdrawn.set(id, true);
    }, origin);
  return unmarked.length;
}

// ——— Migrations ———

/** What a migration may need to know that the document does not say: the map's language. */
export type JourneyMigrationContext = { language: TextLanguage };

/**
 * `journeyMigrations[i]` brings a document from version i + 1 to i + 2.
 * 1 → 2: a lane without a title (version 1 allowed it; the map showed its type instead) gets
 * its type's title in the map's language, so every reader shows the same lane name; and every
 * cell of the map is created (version 1 created a cell on first use, see the top of the file).
 * 2 → 3: withdrawn evidence is marked in `withdrawn` instead of by replacing its citation with
 * one carrying `withdrawn: true` (two such replacements of one citation merged into two
 * citations). The old marks move there; the citations keep their place and read once.
 */
export const journeyMigrations: readonly ((
  doc: Y.Doc,
  context: JourneyMigrationContext,
) => void)[] = [
  (doc, { language }) => {
    const { lane } = journeyParts(doc);
    for (const fields of lane.values()) {
      if (!(fields instanceof Y.Map)) continue;
      const title = fields.get('title');
      if (typeof title === 'string' && title.trim() !== '') continue;
      const type = LaneType.catch('customer_actions').parse(fields.get('type'));
      fields.set('title', laneTitle(type, language));
    }
    ensureCells(journeyParts(doc));
  },
  (doc) => {
    const parts = journeyParts(doc);
    for (const fields of parts.cells.values()) {
      const list = fields instanceof Y.Map ? fields.get('citations') : null;
      if (!(list instanceof Y.Array)) continue;
      for (const item of list.toArray() as { kind?: unknown; id?: unknown; withdrawn?: unknown }[])
        if (item?.kind === 'evidence' && isId(item.id) && item.withdrawn === true)
          parts.withdrawn.set(item.id, true);
    }
  },
];

export class JourneyVersionError extends Error {
  readonly version: number;
  constructor(version: number) {
    super(
      `journey document version ${version} is newer than this server (${JOURNEY_SCHEMA_VERSION})`,
    );
    this.version = version;
  }
}

/** Runs the migrations a stored document needs and records the new version. */
export function migrateJourney(
  doc: Y.Doc,
  origin?: unknown,
  context: JourneyMigrationContext = { language: 'fi' },
): { from: number; to: number } {
  const from = journeySchemaVersionOf(doc);
  if (from > JOURNEY_SCHEMA_VERSION) throw new JourneyVersionError(from);
  if (from === JOURNEY_SCHEMA_VERSION) return { from, to: from };
  doc.transact(() => {
    for (let version = from; version < JOURNEY_SCHEMA_VERSION; version++) {
      journeyMigrations[version - 1]?.(doc, context);
    }
    journeyParts(doc).meta.set('schemaVersion', JOURNEY_SCHEMA_VERSION);
  }, origin);
  return { from, to: JOURNEY_SCHEMA_VERSION };
}
