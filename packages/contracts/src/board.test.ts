import fc from 'fast-check';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import * as Y from 'yjs';
import {
  BoardVersionError,
  acceptGroup,
  addEvidenceCards,
  addIdeaCards,
  addStickyNote,
  boardSchemaVersionOf,
  createGroup,
  deleteGroup,
  initBoard,
  migrateBoard,
  moveCardsToGroup,
  readBoard,
  recolourGroup,
  removeCard,
  renameGroup,
  withdrawEvidenceCards,
} from './board-document.ts';
import { BOARD_SCHEMA_VERSION, boardIdOf, boardDocumentName } from './board.ts';

const evidenceId = () => crypto.randomUUID();
const userId = crypto.randomUUID();

function newBoard() {
  const doc = new Y.Doc();
  initBoard(doc);
  return doc;
}

/** Two replicas that exchange every update, as two browsers on one board would. */
function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('board document', () => {
  it('names documents after the board and reads the id back', () => {
    const id = crypto.randomUUID();
    expect(boardIdOf(boardDocumentName(id))).toBe(id);
    expect(boardIdOf('board:not-a-uuid')).toBeNull();
    expect(boardIdOf(`journey:${id}`)).toBeNull();
  });

  it('adds cards and groups, moves cards in one change, and reads a plain snapshot', () => {
    // Cards are read in the order they were made: the note comes a second after the evidence,
    // not in the same millisecond as it may on a fast run (then their places decide).
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T10:00:00Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const doc = newBoard();
    const [first, second] = addEvidenceCards(doc, {
      items: [
        { evidenceId: evidenceId(), text: 'Lomake oli vaikea löytää.', language: 'fi' },
        { evidenceId: evidenceId(), text: 'Blanketten var svår att hitta.', language: 'sv' },
      ],
      createdBy: userId,
    });
    vi.setSystemTime(new Date('2026-12-01T10:00:01Z'));
    const sticky = addStickyNote(doc, { text: 'Muista chat', language: 'fi', createdBy: userId });
    const group = createGroup(doc, { title: 'Löydettävyys', colour: 'blue' });
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    moveCardsToGroup(doc, [first as string, second as string], group);
    expect(updates).toHaveLength(1);

    renameGroup(doc, group, 'Asioinnin löydettävyys');
    recolourGroup(doc, group, 'green');
    const board = readBoard(doc);
    expect(board.groups).toEqual([
      {
        id: group,
        title: 'Asioinnin löydettävyys',
        colour: 'green',
        x: 0,
        y: 0,
        order: 0,
        suggested: false,
      },
    ]);
    expect(board.cards.map((c) => [c.kind, c.groupId, c.language])).toEqual([
      ['evidence', group, 'fi'],
      ['evidence', group, 'sv'],
      ['sticky', null, 'fi'],
    ]);
    expect(board.cards[2]).toMatchObject({ id: sticky, text: 'Muista chat', evidenceId: null });

    deleteGroup(doc, group);
    removeCard(doc, sticky);
    const after = readBoard(doc);
    expect(after.groups).toEqual([]);
    expect(after.cards.map((c) => c.groupId)).toEqual([null, null]);
  });

  it('keeps suggested groups apart until accepted', () => {
    const doc = newBoard();
    const group = createGroup(doc, { title: 'ajanvaraus, jono', colour: 'teal', suggested: true });
    expect(readBoard(doc).groups[0]?.suggested).toBe(true);
    acceptGroup(doc, group);
    expect(readBoard(doc).groups[0]?.suggested).toBe(false);
  });

  it('skips malformed entries written by a misbehaving client', () => {
    const doc = newBoard();
    addStickyNote(doc, { text: 'ok', language: 'fi', createdBy: userId });
    doc.transact(() => {
      const cards = doc.getMap<unknown>('cards');
      cards.set('not-an-id', new Y.Map());
      const bad = new Y.Map<unknown>();
      bad.set('kind', 'evidence'); // an evidence card without evidence
      cards.set(crypto.randomUUID(), bad);
      cards.set(crypto.randomUUID(), 'just a string');
      const odd = new Y.Map<unknown>();
      odd.set('kind', 'sticky');
      odd.set('x', 'left');
      odd.set('language', 'de');
      odd.set('groupId', crypto.randomUUID());
      cards.set(crypto.randomUUID(), odd);
    });
    const cards = readBoard(doc).cards;
    expect(cards).toHaveLength(2);
    expect(cards.find((c) => c.text === '')).toMatchObject({ x: 0, language: 'fi', groupId: null });
  });

  it('reads text PostgreSQL cannot store as U+FFFD, also a pair cut at the length limit', () => {
    const doc = newBoard();
    const note = addStickyNote(doc, { text: 'a\u0000b\udc00', language: 'fi', createdBy: userId });
    const long = addStickyNote(doc, {
      text: `${'x'.repeat(9_999)}👍`,
      language: 'fi',
      createdBy: userId,
    });
    const group = createGroup(doc, { title: 'Ryhmä\ud800', colour: 'red' });
    const board = readBoard(doc);
    expect(board.cards.find((c) => c.id === note)?.text).toBe('a\ufffdb\ufffd');
    expect(board.cards.find((c) => c.id === long)?.text).toBe(`${'x'.repeat(9_999)}\ufffd`);
    expect(board.groups.find((g) => g.id === group)?.title).toBe('Ryhmä\ufffd');
  });

  it('converges when people edit the same board at once (seeded random edits)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            replica: fc.integer({ min: 0, max: 2 }),
            op: fc.constantFrom('sticky', 'group', 'move', 'rename', 'delete-group', 'remove'),
            pick: fc.nat(),
            syncAfter: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (steps) => {
          const replicas = [newBoard(), new Y.Doc(), new Y.Doc()];
          sync(replicas[0] as Y.Doc, replicas[1] as Y.Doc);
          sync(replicas[0] as Y.Doc, replicas[2] as Y.Doc);
          for (const step of steps) {
            const doc = replicas[step.replica] as Y.Doc;
            const { cards, groups } = readBoard(doc);
            const card = cards[step.pick % Math.max(cards.length, 1)];
            const group = groups[step.pick % Math.max(groups.length, 1)];
            if (step.op === 'sticky')
              addStickyNote(doc, { text: `n${step.pick}`, language: 'fi', createdBy: userId });
            if (step.op === 'group') createGroup(doc, { title: `g${step.pick}`, colour: 'red' });
            if (step.op === 'move' && card) moveCardsToGroup(doc, [card.id], group?.id ?? null);
            if (step.op === 'rename' && group) renameGroup(doc, group.id, `r${step.pick}`);
            if (step.op === 'delete-group' && group) deleteGroup(doc, group.id);
            if (step.op === 'remove' && card) removeCard(doc, card.id);
            if (step.syncAfter) sync(doc, replicas[(step.replica + 1) % 3] as Y.Doc);
          }
          sync(replicas[0] as Y.Doc, replicas[1] as Y.Doc);
          sync(replicas[1] as Y.Doc, replicas[2] as Y.Doc);
          sync(replicas[0] as Y.Doc, replicas[1] as Y.Doc);
          const [a, b, c] = replicas.map((r) => readBoard(r));
          expect(b).toEqual(a);
          expect(c).toEqual(a);
          // No card ever points at a group that no longer exists.
          const groupIds = new Set(a?.groups.map((g) => g.id));
          for (const card of a?.cards ?? []) if (card.groupId) expect(groupIds.has(card.groupId));
        },
      ),
      { seed: 4242, numRuns: 150 },
    );
  });

  it('withdraws evidence cards so that the encoded state no longer holds their text', () => {
    const doc = newBoard();
    const erased = evidenceId();
    const marker = 'Kirsikkapuistikko kertoi lupa-asioista';
    addEvidenceCards(doc, {
      items: [
        { evidenceId: erased, text: marker, language: 'fi' },
        { evidenceId: evidenceId(), text: 'Toinen havainto', language: 'fi' },
      ],
      createdBy: userId,
    });
    const decoder = new TextDecoder('utf-8', { fatal: false });
    expect(decoder.decode(Y.encodeStateAsUpdate(doc))).toContain(marker);

    expect(withdrawEvidenceCards(doc, new Set([erased]))).toBe(1);
    expect(withdrawEvidenceCards(doc, new Set([erased]))).toBe(0);
    const state = Y.encodeStateAsUpdate(doc);
    expect(decoder.decode(state)).not.toContain('Kirsikka');
    expect(decoder.decode(state)).toContain('Toinen havainto');
    const reread = new Y.Doc();
    Y.applyUpdate(reread, state);
    expect(readBoard(reread).cards.find((c) => c.evidenceId === erased)).toMatchObject({
      text: '',
      withdrawn: true,
    });
  });
});

describe('idea cards', () => {
  it('carry their idea and its text as it was placed; one without an idea is skipped', () => {
    const doc = newBoard();
    const ideaId = crypto.randomUUID();
    const [card] = addIdeaCards(doc, {
      items: [{ ideaId, text: 'Oma ohjaaja koko polulle', language: 'fi' }],
      createdBy: userId,
    });
    const broken = new Y.Map<unknown>();
    broken.set('kind', 'idea');
    broken.set('text', 'Ei ideaa');
    doc.getMap<Y.Map<unknown>>('cards').set(crypto.randomUUID(), broken);
    expect(readBoard(doc).cards).toEqual([
      expect.objectContaining({
        id: card,
        kind: 'idea',
        ideaId,
        evidenceId: null,
        text: 'Oma ohjaaja koko polulle',
      }),
    ]);
  });

  it('come with version 3: a version 2 board migrates with its cards as they were', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 2);
    addStickyNote(doc, { text: 'Muista chat', language: 'fi', createdBy: userId });
    const before = readBoard(doc);
    expect(migrateBoard(doc)).toEqual({ from: 2, to: 3 });
    expect(BOARD_SCHEMA_VERSION).toBe(3);
    expect(readBoard(doc)).toEqual(before);
  });
});

describe('board migrations', () => {
  /** A board as version 1 wrote it: no schema version, groups without an order. */
  function versionOneBoard() {
    const doc = new Y.Doc();
    doc.transact(() => {
      const groups = doc.getMap<Y.Map<unknown>>('groups');
      for (const title of ['Odotus', 'Asiointi', 'Neuvonta']) {
        const group = new Y.Map<unknown>();
        group.set('title', title);
        group.set('colour', 'blue');
        group.set('x', 0);
        group.set('y', 0);
        groups.set(crypto.randomUUID(), group);
      }
    });
    return doc;
  }

  it('brings a version 1 board to the current version, ordering its groups by title', () => {
    const doc = versionOneBoard();
    expect(boardSchemaVersionOf(doc)).toBe(1);
    expect(migrateBoard(doc)).toEqual({ from: 1, to: BOARD_SCHEMA_VERSION });
    expect(boardSchemaVersionOf(doc)).toBe(BOARD_SCHEMA_VERSION);
    expect(readBoard(doc).groups.map((g) => [g.title, g.order])).toEqual([
      ['Asiointi', 0],
      ['Neuvonta', 1],
      ['Odotus', 2],
    ]);
    // Running again changes nothing.
    const before = Y.encodeStateVector(doc);
    expect(migrateBoard(doc)).toEqual({ from: BOARD_SCHEMA_VERSION, to: BOARD_SCHEMA_VERSION });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('stamps a new, empty document with the current version', () => {
    const doc = new Y.Doc();
    migrateBoard(doc);
    expect(boardSchemaVersionOf(doc)).toBe(BOARD_SCHEMA_VERSION);
  });

  it('refuses a document written by a newer version', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', BOARD_SCHEMA_VERSION + 1);
    expect(() => migrateBoard(doc)).toThrow(BoardVersionError);
  });
});
