import * as Y from 'yjs';
import { z } from 'zod';
import { Id, Timestamp, Version, line, toStorableText } from './domain.ts';
import { TextLanguage } from './research.ts';

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

export const JOURNEY_SCHEMA_VERSION = 3;

const JOURNEY_PREFIX = 'journey:';
export const journeyDocumentName = (journeyId: string) => `${JOURNEY_PREFIX}${journeyId}`;

/** The journey id in a document name, or null when the name is not a journey's. */
export function journeyIdOf(documentName: string): string | null {
  if (!documentName.startsWith(JOURNEY_PREFIX)) return null;
  const id = documentName.slice(JOURNEY_PREFIX.length);
  return Id.safeParse(id).success ? id : null;
}

/** Lane types; front stage, back stage and support processes make it a service blueprint. */
export const laneTypes = [
  'customer_actions',
  'touchpoints',
  'channels',
  'thoughts_feelings',
  'emotion',
  'pain_points',
  'opportunities',
  'front_stage',
  'back_stage',
  'support_processes',
] as const;
export const LaneType = z.enum(laneTypes);
export type LaneType = z.infer<typeof LaneType>;

/** The emotion curve's scale: −2 (very bad) … +2 (very good). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export type JourneyCitation = { kind: 'evidence' | 'insight'; id: string; withdrawn?: true };
export type JourneyStage = { id: string; title: string };
export type JourneyLane = { id: string; title: string; type: LaneType };
export type JourneyCell = { text: string; emotion: number | null; citations: JourneyCitation[] };
export type JourneySnapshot = {
  stages: JourneyStage[];
  lanes: JourneyLane[];
  /** Keyed by `cellKey(laneId, stageId)`; a cell nobody wrote in is absent. */
  cells: Record<string, JourneyCell>;
};

export const cellKey = (laneId: string, stageId: string) => `${laneId}/${stageId}`;

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

export type JourneyOutline = { stages: string[]; lanes: { title: string; type: LaneType }[] };

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

// ——— Templates ———

export const journeyTemplates = ['blank', 'permit_application', 'employment_path'] as const;
export const JourneyTemplate = z.enum(journeyTemplates);
export type JourneyTemplate = z.infer<typeof JourneyTemplate>;

type Localized = { fi: string; sv: string; en: string };
const laneTitles: Record<LaneType, Localized> = {
  customer_actions: { fi: 'Asiakkaan toiminta', sv: 'Kundens handlingar', en: 'Customer actions' },
  touchpoints: { fi: 'Kohtaamispisteet', sv: 'Kontaktpunkter', en: 'Touchpoints' },
  channels: { fi: 'Kanavat', sv: 'Kanaler', en: 'Channels' },
  thoughts_feelings: {
    fi: 'Ajatukset ja tunteet',
    sv: 'Tankar och känslor',
    en: 'Thoughts and feelings',
  },
  emotion: { fi: 'Tunnekäyrä', sv: 'Känslokurva', en: 'Emotion curve' },
  pain_points: { fi: 'Kipukohdat', sv: 'Smärtpunkter', en: 'Pain points' },
  opportunities: { fi: 'Mahdollisuudet', sv: 'Möjligheter', en: 'Opportunities' },
  front_stage: { fi: 'Asiakkaalle näkyvä toiminta', sv: 'Synlig verksamhet', en: 'Front stage' },
  back_stage: { fi: 'Taustatoiminta', sv: 'Bakomliggande verksamhet', en: 'Back stage' },
  support_processes: { fi: 'Tukiprosessit', sv: 'Stödprocesser', en: 'Support processes' },
};

/** A lane type's default title in a language. */
export const laneTitle = (type: LaneType, language: keyof Localized) => laneTitles[type][language];

const standardLanes: LaneType[] = [
  'customer_actions',
  'touchpoints',
  'channels',
  'thoughts_feelings',
  'emotion',
  'pain_points',
  'opportunities',
];
const blueprintLanes: LaneType[] = [
  ...standardLanes,
  'front_stage',
  'back_stage',
  'support_processes',
];

const templateStages: Record<JourneyTemplate, Localized[]> = {
  blank: [
    { fi: 'Ennen', sv: 'Före', en: 'Before' },
    { fi: 'Aikana', sv: 'Under', en: 'During' },
    { fi: 'Jälkeen', sv: 'Efter', en: 'After' },
  ],
  // After the seed project City as a Service: an event organiser's or builder's permit.
  permit_application: [
    { fi: 'Tarve syntyy', sv: 'Behovet uppstår', en: 'The need arises' },
    { fi: 'Tiedon etsiminen', sv: 'Söka information', en: 'Finding out' },
    { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice' },
    {
      fi: 'Hakemus (esim. Lupapiste)',
      sv: 'Ansökan (t.ex. Lupapiste)',
      en: 'Application (e.g. Lupapiste)',
    },
    { fi: 'Täydennyspyynnöt', sv: 'Begäran om komplettering', en: 'Requests for more information' },
    { fi: 'Päätös', sv: 'Beslut', en: 'Decision' },
    {
      fi: 'Toteutus ja valvonta',
      sv: 'Genomförande och tillsyn',
      en: 'Carrying out and inspection',
    },
  ],
  // After the seed project KUNTO: a young person's way to work through municipal services.
  employment_path: [
    { fi: 'Ohjautuminen palveluun', sv: 'Hänvisning till tjänsten', en: 'Referral' },
    { fi: 'Ensitapaaminen', sv: 'Första mötet', en: 'First meeting' },
    { fi: 'Tilanteen kartoitus', sv: 'Kartläggning av situationen', en: 'Assessment' },
    { fi: 'Palvelut ja tuki', sv: 'Tjänster och stöd', en: 'Services and support' },
    {
      fi: 'Työkokeilu tai koulutus',
      sv: 'Arbetsprövning eller utbildning',
      en: 'Work trial or training',
    },
    { fi: 'Työ tai opiskelu', sv: 'Arbete eller studier', en: 'Work or studies' },
  ],
};

/** The stages and lanes a template starts with, titled in the given language. */
export function templateOutline(
  template: JourneyTemplate,
  language: keyof Localized,
): JourneyOutline {
  const lanes = template === 'blank' ? standardLanes : blueprintLanes;
  return {
    stages: templateStages[template].map((stage) => stage[language]),
    lanes: lanes.map((type) => ({ title: laneTitles[type][language], type })),
  };
}

// ——— REST ———

export const journeyKinds = ['as_is', 'to_be'] as const;
export const JourneyKind = z.enum(journeyKinds);
export type JourneyKind = z.infer<typeof JourneyKind>;

/** A new journey starts from a template, or as a copy of another journey of the project. */
export const JourneyStart = z.union([
  z.strictObject({ template: JourneyTemplate }),
  z.strictObject({ copyOf: Id }),
]);

export const CreateJourneyInput = z.strictObject({
  title: line(200),
  kind: JourneyKind.default('as_is'),
  personaId: Id.nullable().default(null),
  /** The language of the template's titles and of the search; the caller's locale if left out. */
  language: TextLanguage.optional(),
  start: JourneyStart,
});
export type CreateJourneyInput = z.infer<typeof CreateJourneyInput>;

export const UpdateJourneyInput = z
  .strictObject({
    version: Version,
    title: line(200).optional(),
    kind: JourneyKind.optional(),
    personaId: Id.nullable().optional(),
    archived: z.boolean().optional(),
  })
  .refine(({ version: _, ...fields }) => Object.values(fields).some((v) => v !== undefined), {
    message: 'title, kind, personaId or archived is required',
  });
export type UpdateJourneyInput = z.infer<typeof UpdateJourneyInput>;

export const JourneySummary = z.object({
  id: Id,
  projectId: Id,
  title: z.string(),
  kind: JourneyKind,
  personaId: Id.nullable(),
  /** The journey this one was copied from (as-is → to-be), while it exists. */
  copiedFrom: Id.nullable(),
  language: TextLanguage,
  archived: z.boolean(),
  stageCount: z.number().int(),
  laneCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type JourneySummary = z.infer<typeof JourneySummary>;
export const JourneyList = z.object({ items: z.array(JourneySummary) });

/** A cited evidence item or insight, resolved; withdrawn evidence keeps its place, not its text. */
export const JourneyCitationRow = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('evidence'),
    id: Id,
    text: z.string(),
    participantCode: z.string().nullable(),
    withdrawn: z.boolean(),
  }),
  z.object({ kind: z.literal('insight'), id: Id, statement: z.string() }),
]);
export type JourneyCitationRow = z.infer<typeof JourneyCitationRow>;

/** A journey as last stored, from its derived rows: for readers not on the live map. */
export const Journey = JourneySummary.extend({
  /** The Yjs document to connect to at `/collab`. */
  documentName: z.string(),
  stages: z.array(z.object({ id: Id, title: z.string(), position: z.number().int() })),
  lanes: z.array(
    z.object({ id: Id, title: z.string(), type: LaneType, position: z.number().int() }),
  ),
  cells: z.array(
    z.object({
      laneId: Id,
      stageId: Id,
      text: z.string(),
      emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).nullable(),
      citations: z.array(JourneyCitationRow),
    }),
  ),
  /**
   * `edit`: write what is on it, live (the customer member too); `manage`: rename, archive,
   * restore or delete it.
   */
  abilities: z.object({ edit: z.boolean(), manage: z.boolean() }),
});
export type Journey = z.infer<typeof Journey>;
