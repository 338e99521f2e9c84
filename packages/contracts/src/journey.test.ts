import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCitation,
  addStage,
  copyJourney,
  initJourney,
  journeySchemaVersionOf,
  migrateJourney,
  moveStage,
  readJourney,
  removeStage,
  renameStage,
  setCellText,
  setEmotion,
  withdrawJourneyCitations,
} from './journey-document.ts';
import { JOURNEY_SCHEMA_VERSION, cellKey, templateOutline } from './journey.ts';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};

describe('journey document', () => {
  it('lays out a template in the language asked', () => {
    const doc = new Y.Doc();
    initJourney(doc, templateOutline('permit_application', 'fi'));
    const map = readJourney(doc);
    expect(map.stages.map((s) => s.title)).toContain('Hakemus (esim. Lupapiste)');
    expect(map.lanes.map((l) => l.type)).toContain('back_stage');
  });

  it('reads text PostgreSQL cannot store as U+FFFD, in cells and titles', () => {
    const doc = new Y.Doc();
    initJourney(doc, templateOutline('blank', 'fi'));
    const { stages, lanes } = readJourney(doc);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('the template has no stage or lane');
    setCellText(doc, lane.id, stage.id, 'Jono\u0000 \ud800');
    renameStage(doc, stage.id, 'Haku\u0000');
    const map = readJourney(doc);
    expect(map.cells[cellKey(lane.id, stage.id)]?.text).toBe('Jono\ufffd \ufffd');
    expect(map.stages[0]?.title).toBe('Haku\ufffd');
  });

  it('keeps a cell in its stage when another person reorders stages meanwhile', () => {
    const a = new Y.Doc();
    initJourney(a, templateOutline('blank', 'fi'));
    const b = new Y.Doc();
    sync(a, b);
    const { stages, lanes } = readJourney(a);
    const [first, , last] = stages;
    const lane = lanes[0];
    if (!first || !last || !lane) throw new Error('template');
    setCellText(a, lane.id, first.id, 'Hakee tietoa verkosta');
    moveStage(b, first.id, 2);
    sync(a, b);
    setCellText(b, lane.id, first.id, 'Hakee tietoa verkosta ja soittaa');
    setCellText(a, lane.id, first.id, 'Asiakas hakee tietoa verkosta');
    sync(a, b);
    for (const doc of [a, b]) {
      const map = readJourney(doc);
      expect(map.stages.at(-1)?.id).toBe(first.id);
      expect(map.cells[cellKey(lane.id, first.id)]?.text).toBe(
        'Asiakas hakee tietoa verkosta ja soittaa',
      );
    }
  });

  it('shows a stage moved by two people at once only once, and copies a map whole', () => {
    const a = new Y.Doc();
    initJourney(a, templateOutline('blank', 'en'));
    const b = new Y.Doc();
    sync(a, b);
    const stage = readJourney(a).stages[0];
    if (!stage) throw new Error('template');
    moveStage(a, stage.id, 2);
    moveStage(b, stage.id, 1);
    sync(a, b);
    expect(readJourney(a).stages).toHaveLength(3);
    expect(readJourney(a)).toEqual(readJourney(b));

    const lane = readJourney(a).lanes.find((l) => l.type === 'emotion');
    if (!lane) throw new Error('emotion lane');
    setEmotion(a, lane.id, stage.id, -5);
    addCitation(a, lane.id, stage.id, { kind: 'evidence', id: crypto.randomUUID() });
    const copy = new Y.Doc();
    copyJourney(readJourney(a), copy);
    const copied = readJourney(copy);
    expect(copied.stages.map((s) => s.title)).toEqual(readJourney(a).stages.map((s) => s.title));
    expect(Object.values(copied.cells)[0]).toMatchObject({ emotion: -2 });
    expect(copied.stages[0]?.id).not.toBe(readJourney(a).stages[0]?.id);

    const added = addStage(a, 'Palaute', 0);
    removeStage(a, stage.id);
    expect(readJourney(a).stages[0]?.id).toBe(added);
    expect(Object.keys(readJourney(a).cells)).toHaveLength(0);
  });
});

describe('journey migrations and erasure', () => {
  it('gives a version 1 lane without a title its type title in the map language', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const lane = new Y.Map<unknown>();
      lane.set('type', 'pain_points');
      const id = crypto.randomUUID();
      doc.getMap<Y.Map<unknown>>('lane').set(id, lane);
      doc.getArray<string>('lanes').push([id]);
    });
    expect(journeySchemaVersionOf(doc)).toBe(1);
    expect(migrateJourney(doc, undefined, { language: 'sv' })).toEqual({
      from: 1,
      to: JOURNEY_SCHEMA_VERSION,
    });
    expect(readJourney(doc).lanes.map((l) => l.title)).toEqual(['Smärtpunkter']);
    expect(journeySchemaVersionOf(doc)).toBe(JOURNEY_SCHEMA_VERSION);
    const fresh = new Y.Doc();
    initJourney(fresh, templateOutline('blank', 'fi'));
    expect(journeySchemaVersionOf(fresh)).toBe(JOURNEY_SCHEMA_VERSION);
  });

  it('marks citations of withdrawn evidence withdrawn in their place, once', () => {
    const doc = new Y.Doc();
    initJourney(doc, templateOutline('blank', 'fi'));
    const { stages, lanes } = readJourney(doc);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('template');
    const [gone, kept, insight] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    addCitation(doc, lane.id, stage.id, { kind: 'evidence', id: gone });
    addCitation(doc, lane.id, stage.id, { kind: 'evidence', id: kept });
    addCitation(doc, lane.id, stage.id, { kind: 'insight', id: gone });
    addCitation(doc, lane.id, stage.id, { kind: 'insight', id: insight });
    expect(withdrawJourneyCitations(doc, new Set([gone]))).toBe(1);
    expect(withdrawJourneyCitations(doc, new Set([gone]))).toBe(0);
    expect(readJourney(doc).cells[cellKey(lane.id, stage.id)]?.citations).toEqual([
      { kind: 'evidence', id: gone, withdrawn: true },
      { kind: 'evidence', id: kept },
      { kind: 'insight', id: gone },
      { kind: 'insight', id: insight },
    ]);
  });

  it('keeps one withdrawn citation when the stored and the open document are both marked', () => {
    // The erasure marks the stored state in its transaction and the open document after
    // commit, from different replicas; the next store merges the two.
    const open = new Y.Doc();
    initJourney(open, templateOutline('blank', 'fi'));
    const { stages, lanes } = readJourney(open);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('template');
    const [gone, kept] = [crypto.randomUUID(), crypto.randomUUID()];
    addCitation(open, lane.id, stage.id, { kind: 'evidence', id: gone });
    addCitation(open, lane.id, stage.id, { kind: 'evidence', id: kept });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(open));
    expect(withdrawJourneyCitations(stored, new Set([gone]))).toBe(1);
    expect(withdrawJourneyCitations(open, new Set([gone]))).toBe(1);
    sync(open, stored);
    const expected = [
      { kind: 'evidence', id: gone, withdrawn: true },
      { kind: 'evidence', id: kept },
    ];
    expect(readJourney(open).cells[cellKey(lane.id, stage.id)]?.citations).toEqual(expected);
    expect(readJourney(stored)).toEqual(readJourney(open));
    expect(withdrawJourneyCitations(open, new Set([gone]))).toBe(0);
  });

  it('reads a citation two people added at once once', () => {
    const a = new Y.Doc();
    initJourney(a, templateOutline('blank', 'fi'));
    const b = new Y.Doc();
    sync(a, b);
    const { stages, lanes } = readJourney(a);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('template');
    const id = crypto.randomUUID();
    addCitation(a, lane.id, stage.id, { kind: 'evidence', id });
    addCitation(b, lane.id, stage.id, { kind: 'evidence', id });
    sync(a, b);
    expect(readJourney(a).cells[cellKey(lane.id, stage.id)]?.citations).toEqual([
      { kind: 'evidence', id },
    ]);
  });

  it('moves the version 2 withdrawn marks and reads their duplicates once', () => {
    const doc = new Y.Doc();
    initJourney(doc, templateOutline('blank', 'fi'));
    const { stages, lanes } = readJourney(doc);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('template');
    const [gone, kept] = [crypto.randomUUID(), crypto.randomUUID()];
    // What version 2's erasure left after a merge: the citation replaced twice.
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 2);
      const list = doc
        .getMap<Y.Map<unknown>>('cells')
        .get(cellKey(lane.id, stage.id))
        ?.get('citations') as Y.Array<unknown>;
      list.push([
        { kind: 'evidence', id: gone, withdrawn: true },
        { kind: 'evidence', id: kept },
        { kind: 'evidence', id: gone, withdrawn: true },
      ]);
    });
    expect(migrateJourney(doc)).toEqual({ from: 2, to: JOURNEY_SCHEMA_VERSION });
    expect(readJourney(doc).cells[cellKey(lane.id, stage.id)]?.citations).toEqual([
      { kind: 'evidence', id: gone, withdrawn: true },
      { kind: 'evidence', id: kept },
    ]);

    const copy = new Y.Doc();
    copyJourney(readJourney(doc), copy);
    const copied = Object.values(readJourney(copy).cells)[0];
    expect(copied?.citations).toEqual([
      { kind: 'evidence', id: gone, withdrawn: true },
      { kind: 'evidence', id: kept },
    ]);
  });
});

describe('journey cells', () => {
  it('keep the letters of two people who start writing in the same empty cell at once', () => {
    const a = new Y.Doc();
    initJourney(a, templateOutline('blank', 'fi'));
    const b = new Y.Doc();
    sync(a, b);
    const stage = addStage(a, 'Palaute');
    sync(a, b);
    const lane = readJourney(a).lanes[0];
    if (!lane) throw new Error('template');
    setCellText(a, lane.id, stage, 'Soittaa');
    setCellText(b, lane.id, stage, 'Kirjoittaa');
    sync(a, b);
    const text = readJourney(a).cells[cellKey(lane.id, stage)]?.text ?? '';
    expect(text).toContain('Soittaa');
    expect(text).toContain('Kirjoittaa');
    expect(readJourney(b)).toEqual(readJourney(a));
  });
});
