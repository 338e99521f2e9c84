import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffConcepts, listDiff, wordDiff } from './concept-diff.ts';
import {
  addConceptItem,
  initConcept,
  moveConceptItem,
  readConcept,
  removeConceptItem,
  setConceptItemText,
  setConceptText,
} from './concept-document.ts';
import { emptyConceptSnapshot, type ConceptSnapshot } from './concepts.ts';

const a = '11111111-1111-4111-8111-111111111111';
const b = '22222222-2222-4222-8222-222222222222';
const c = '33333333-3333-4333-8333-333333333333';
const d = '44444444-4444-4444-8444-444444444444';
const e = '55555555-5555-4555-8555-555555555555';
const f = '66666666-6666-4666-8666-666666666666';

describe('word diff', () => {
  it('marks a changed word inside a text, keeping the rest equal', () => {
    expect(wordDiff('Asiakas varaa ajan puhelimella', 'Asiakas varaa ajan verkossa')).toEqual([
      { op: 'equal', text: 'Asiakas varaa ajan ' },
      { op: 'delete', text: 'puhelimella' },
      { op: 'insert', text: 'verkossa' },
    ]);
  });

  it('finds insertions and deletions in the middle by the longest common run of words', () => {
    expect(wordDiff('yksi kaksi kolme neljä', 'yksi kolme viisi neljä')).toEqual([
      { op: 'equal', text: 'yksi ' },
      { op: 'delete', text: 'kaksi ' },
      { op: 'equal', text: 'kolme' },
      { op: 'insert', text: ' viisi' },
      { op: 'equal', text: ' neljä' },
    ]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Nuori hakee työtä. Ohjaaja soittaa viikon päästä.';
    const after = 'Nuori hakee opiskelupaikkaa. Ohjaaja soittaa heti, ja viikon päästä.';
    const parts = wordDiff(before, after);
    const side = (skip: string) =>
      parts
        .filter((p) => p.op !== skip)
        .map((p) => p.text)
        .join('');
    expect(side('insert')).toBe(before);
    expect(side('delete')).toBe(after);
  });

  it('treats the empty text as all inserted or all deleted', () => {
    expect(wordDiff('', 'uusi teksti')).toEqual([{ op: 'insert', text: 'uusi teksti' }]);
    expect(wordDiff('vanha', '')).toEqual([{ op: 'delete', text: 'vanha' }]);
    expect(wordDiff('sama', 'sama')).toEqual([{ op: 'equal', text: 'sama' }]);
  });
});

describe('list diff', () => {
  it('shows added, removed, changed and moved items by id', () => {
    const items = listDiff(
      [
        { id: a, text: 'Verkkosivu' },
        { id: b, text: 'Puhelin' },
        { id: c, text: 'Palvelupiste' },
        { id: e, text: 'Kirje' },
        { id: f, text: 'Tekstiviesti' },
      ],
      [
        { id: a, text: 'Uusi verkkosivu' },
        { id: e, text: 'Kirje' },
        { id: f, text: 'Tekstiviesti' },
        { id: c, text: 'Palvelupiste' },
        { id: d, text: 'Chat' },
      ],
    );
    expect(items.map((i) => [i.id, i.op, i.moved])).toEqual([
      [a, 'changed', false],
      [b, 'removed', false],
      [e, 'unchanged', false],
      [f, 'unchanged', false],
      [c, 'moved', true],
      [d, 'added', false],
    ]);
    expect(items[0]?.parts).toEqual([
      { op: 'delete', text: 'Verkkosivu' },
      { op: 'insert', text: 'Uusi verkkosivu' },
    ]);
  });
});

describe('concept diff', () => {
  const base = (): ConceptSnapshot => ({
    ...emptyConceptSnapshot(),
    name: 'Nuorten työpolku',
    problem: 'Nuori ei löydä oikeaa palvelua',
    channels: [{ id: a, text: 'Ohjaamo' }],
  });

  it('lists exactly the fields that changed, in field order', () => {
    const after = { ...base(), problem: 'Nuori ei löydä oikeaa tukea', budget: '5 000 €' };
    const fields = diffConcepts(base(), after);
    expect(fields.map((f) => f.field)).toEqual(['problem', 'budget']);
    expect(diffConcepts(base(), base())).toEqual([]);
  });

  it('includes a list field only when one of its items changed', () => {
    const after = { ...base(), channels: [...base().channels, { id: b, text: 'Chat' }] };
    const [field] = diffConcepts(base(), after);
    expect(field).toMatchObject({ kind: 'list', field: 'channels' });
    if (field?.kind !== 'list') throw new Error('list');
    expect(field.items.map((i) => i.op)).toEqual(['unchanged', 'added']);
  });
});

describe('concept document', () => {
  it('reads what the edit helpers write', () => {
    const doc = new Y.Doc();
    initConcept(doc, { name: 'Konsepti', summary: 'Tiivistys' });
    setConceptText(doc, 'problem', 'Ongelma');
    const first = addConceptItem(doc, 'risks', 'Resurssit loppuvat');
    const second = addConceptItem(doc, 'risks', 'Sitoutuminen');
    setConceptItemText(doc, first, 'Rahoitus loppuu');
    moveConceptItem(doc, 'risks', second, 0);
    const removed = addConceptItem(doc, 'channels', 'Poistuva');
    removeConceptItem(doc, 'channels', removed);
    const concept = readConcept(doc);
    expect(concept).toMatchObject({ name: 'Konsepti', summary: 'Tiivistys', problem: 'Ongelma' });
    expect(concept.risks.map((r) => r.text)).toEqual(['Sitoutuminen', 'Rahoitus loppuu']);
    expect(concept.channels).toEqual([]);
  });

  it('merges two people typing into the same empty field and the same item', () => {
    const one = new Y.Doc();
    initConcept(one, { name: 'Yhteinen' });
    const item = addConceptItem(one, 'partners', 'TE-palvelut');
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    setConceptText(one, 'howItWorks', 'Ensin ');
    setConceptText(two, 'howItWorks', 'Sitten');
    setConceptItemText(one, item, 'TE-palvelut ja kunta');
    moveConceptItem(two, 'partners', item, 0);
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    expect(readConcept(one)).toEqual(readConcept(two));
    expect(readConcept(one).howItWorks).toContain('Ensin');
    expect(readConcept(one).howItWorks).toContain('Sitten');
    expect(readConcept(one).partners.map((p) => p.text)).toEqual(['TE-palvelut ja kunta']);
  });

  it('reads unstorable text as U+FFFD', () => {
    const doc = new Y.Doc();
    initConcept(doc, { name: 'Nimi\u0000' });
    expect(readConcept(doc).name).toBe('Nimi\ufffd');
  });
});
