import {
  addStickyNote,
  cellKey,
  createGroup,
  journeyDocumentName,
  readJourney,
  renameStage,
  setCellText,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createJourney } from '../src/modules/journeys/commands/create-journey.ts';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import { acknowledged, startCollabTestFile, synced, waitFor } from './collab-support.ts';
import { adminOfNewOrganisation, buildProject, call } from './harness.ts';

/*
 * A live document is written by browsers, so it may hold text PostgreSQL cannot store: a NUL
 * or a lone surrogate typed, pasted or sent by a modified client. Its derived rows take the
 * text with those replaced by U+FFFD, so the store succeeds, and keeps succeeding, while the
 * document itself keeps what was sent (as far as Yjs can carry it).
 */

const { server, open } = await startCollabTestFile();

const RAW = 'Jono\u0000 oli pitkä \ud800';
// What a document holds once encoded: Yjs writes text as UTF-8, which carries the NUL but
// turns the lone surrogate into U+FFFD on its own.
const KEPT = 'Jono\u0000 oli pitkä \ufffd';
const CLEAN = 'Jono\ufffd oli pitkä \ufffd';

async function world() {
  const { org, admin, session } = await adminOfNewOrganisation(server);
  const project = await buildProject(server, { organisationId: org.id, creatorId: admin.id });
  const boardId = await createBoard(server.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Synteesi',
  });
  const journeyId = await createJourney(server.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Lupapolku',
    kind: 'as_is',
    personaId: null,
    language: 'fi',
    start: { template: 'blank' },
  });
  return { admin, session, base: `/api/v1/projects/${project.id}`, boardId, journeyId };
}

async function storedState(table: 'boards' | 'journeys', id: string): Promise<Y.Doc> {
  const { rows } = await server.database.pool.query<{ state: Buffer }>(
    `select state from ${table} where id = $1`,
    [id],
  );
  const doc = new Y.Doc();
  Y.applyUpdate(doc, rows[0]?.state ?? new Uint8Array());
  return doc;
}

// What the document itself holds, read past readBoard and readJourney.
const cardTextOf = (doc: Y.Doc, cardId: string) =>
  doc.getMap<Y.Map<unknown>>('cards').get(cardId)?.get('text');
const cellTextOf = (doc: Y.Doc, key: string) =>
  String(doc.getMap<Y.Map<unknown>>('cells').get(key)?.get('text'));

describe('live documents holding text PostgreSQL cannot store', () => {
  it('store a sticky note with NUL and a lone surrogate, and the board reloads with its rows', async () => {
    const w = await world();
    const read = async () =>
      (await call(server, w.session, 'GET', `${w.base}/boards/${w.boardId}`)).json();
    const client = open(server, w.session, w.boardId);
    await synced(client);
    const note = addStickyNote(client.doc, { text: RAW, language: 'fi', createdBy: w.admin.id });
    const group = createGroup(client.doc, { title: 'Odotus\u0000', colour: 'red' });
    await acknowledged(client);
    await waitFor(async () => (await read()).cards.length === 1, 'the store of the note');
    const board = await read();
    expect(board.cards).toMatchObject([{ id: note, kind: 'sticky', text: CLEAN }]);
    expect(board.groups).toMatchObject([{ id: group, title: 'Odotus\ufffd' }]);
    expect(cardTextOf(await storedState('boards', w.boardId), note)).toBe(KEPT);

    // Every later store still succeeds.
    addStickyNote(client.doc, { text: 'Lomake oli vaikea', language: 'fi', createdBy: w.admin.id });
    await acknowledged(client);
    await waitFor(async () => (await read()).cards.length === 2, 'the next store');
    client.destroy();

    const again = open(server, w.session, w.boardId);
    await synced(again);
    expect(cardTextOf(again.doc, note)).toBe(KEPT);
  });

  it('store a journey cell and a stage title with NUL and a lone surrogate, and the map reloads', async () => {
    const w = await world();
    const read = async () =>
      (await call(server, w.session, 'GET', `${w.base}/journeys/${w.journeyId}`)).json();
    const client = open(server, w.session, w.journeyId, {
      documentName: journeyDocumentName(w.journeyId),
    });
    await synced(client);
    const { stages, lanes } = readJourney(client.doc);
    const [stage, lane, other] = [stages[0], lanes[0], lanes[1]];
    if (!stage || !lane || !other) throw new Error('the template has no stage or lanes');
    setCellText(client.doc, lane.id, stage.id, RAW);
    renameStage(client.doc, stage.id, 'Haku\ud800');
    await acknowledged(client);
    const cellOf = (journey: { cells: { laneId: string; text: string }[] }, laneId: string) =>
      journey.cells.find((cell) => cell.laneId === laneId)?.text;
    await waitFor(async () => cellOf(await read(), lane.id) === CLEAN, 'the store of the cell');
    const journey = await read();
    expect(journey.stages[0]).toMatchObject({ id: stage.id, title: 'Haku\ufffd' });
    const key = cellKey(lane.id, stage.id);
    expect(cellTextOf(await storedState('journeys', w.journeyId), key)).toBe(KEPT);

    // Every later store still succeeds.
    setCellText(client.doc, other.id, stage.id, 'Neuvonta puhelimessa');
    await acknowledged(client);
    await waitFor(
      async () => cellOf(await read(), other.id) === 'Neuvonta puhelimessa',
      'the next store',
    );
    client.destroy();

    const again = open(server, w.session, w.journeyId, {
      documentName: journeyDocumentName(w.journeyId),
    });
    await synced(again);
    expect(cellTextOf(again.doc, key)).toBe(KEPT);
  });
});
