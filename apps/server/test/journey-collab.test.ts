import {
  JOURNEY_SCHEMA_VERSION,
  type Journey,
  addCitation,
  addStage,
  cellKey,
  journeyDocumentName,
  moveStage,
  readJourney,
  renameStage,
  setCellText,
  setEmotion,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createJourney } from '../src/modules/journeys/commands/create-journey.ts';
import {
  acknowledged,
  connect,
  sameUpdates,
  startCollabServer,
  startCollabTestFile,
  synced,
  waitFor,
  type Client,
  type CollabServer,
} from './collab-support.ts';
import { buildResearch } from './research-fixtures.ts';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  type Session,
  type TestApp,
} from './harness.ts';

const { server, open } = await startCollabTestFile();

/** A stock provider on a journey map, as the web app connects. */
function openMap(target: CollabServer, session: Session | null, journeyId: string) {
  return open(target, session, journeyId, { documentName: journeyDocumentName(journeyId) });
}

async function world(app: TestApp = server) {
  const org = await buildOrganisation(app);
  const admin = await buildUser(app, { organisationId: org.id, role: 'admin' });
  const member = await buildUser(app, { organisationId: org.id, role: 'member' });
  const viewer = await buildUser(app, { organisationId: org.id, role: 'viewer' });
  const outsider = await buildUser(app, {
    organisationId: (await buildOrganisation(app)).id,
    role: 'admin',
  });
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  await addToTeam(app, project.id, member.id);
  await addToTeam(app, project.id, viewer.id);
  const journeyId = await createJourney(app.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Tapahtumaluvan polku',
    kind: 'as_is',
    personaId: null,
    language: 'fi',
    start: { template: 'permit_application' },
  });
  return {
    project,
    journeyId,
    users: { admin },
    sessions: {
      admin: await sessionFor(app, admin.id),
      member: await sessionFor(app, member.id),
      viewer: await sessionFor(app, viewer.id),
      outsider: await sessionFor(app, outsider.id),
    },
  };
}

const snapshotOf = (client: Client) => JSON.stringify(readJourney(client.doc));

// An erasure and the stores around it take several round trips; a loaded machine needs time.
const LOADED = 20_000;

async function citationRows(journeyId: string, evidenceId: string) {
  const { rows } = await server.database.pool.query<{ n: number }>(
    'select count(*)::int as n from journey_citations where journey_id = $1 and evidence_id = $2',
    [journeyId, evidenceId],
  );
  return rows[0]?.n ?? 0;
}

async function storedRows(app: TestApp, journeyId: string) {
  const { rows: stages } = await app.database.pool.query<{ stage_id: string; title: string }>(
    'select stage_id, title from journey_stages where journey_id = $1 order by position',
    [journeyId],
  );
  const { rows: cells } = await app.database.pool.query<{
    lane_id: string;
    stage_id: string;
    text: string;
    emotion: number | null;
  }>(
    'select lane_id, stage_id, text, emotion from journey_cells where journey_id = $1 order by lane_id, stage_id',
    [journeyId],
  );
  const { rows: state } = await app.database.pool.query<{ state: Buffer; schema_version: number }>(
    'select state, schema_version from journeys where id = $1',
    [journeyId],
  );
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state[0]?.state ?? new Uint8Array());
  return { stages, cells, doc, version: state[0]?.schema_version };
}

describe('live journey maps', () => {
  it('converge concurrent edits from several people; a viewer sees them but cannot edit', async () => {
    const w = await world();
    const editors = [
      openMap(server, w.sessions.admin, w.journeyId),
      openMap(server, w.sessions.member, w.journeyId),
      openMap(server, w.sessions.member, w.journeyId),
    ];
    const viewer = openMap(server, w.sessions.viewer, w.journeyId);
    await Promise.all([...editors, viewer].map(synced));
    expect(viewer.provider.authorizedScope).toBe('readonly');
    expect(editors[0]?.provider.authorizedScope).toBe('read-write');

    const { stages, lanes } = readJourney(viewer.doc);
    const emotion = lanes.find((l) => l.type === 'emotion');
    const [shared, lane] = [stages[0], lanes[0]];
    if (!shared || !lane || !emotion) throw new Error('template');
    // Everyone edits at once, without waiting for each other: their own cells, one shared
    // cell, the emotion of each stage, and a new stage each.
    editors.forEach((client, index) => {
      const stage = stages[index + 1];
      if (!stage) throw new Error('stage');
      setCellText(client.doc, lane.id, stage.id, `Vaihe ${index}: asiakas täyttää lomakkeen`);
      setCellText(client.doc, lane.id, shared.id, `[${index}]`);
      setEmotion(client.doc, emotion.id, stage.id, index - 1);
      addStage(client.doc, `Uusi vaihe ${index}`);
      renameStage(client.doc, stage.id, `Vaihe ${index}`);
    });
    // The viewer's edits are its own: the server takes none of them.
    setCellText(viewer.doc, lane.id, shared.id, 'Katsojan muutos');

    const [first] = editors as [Client];
    await waitFor(
      () => editors.every((client) => snapshotOf(client) === snapshotOf(first)),
      'editors to converge',
    );
    const map = readJourney(first.doc);
    expect(map.stages).toHaveLength(stages.length + 3);
    const sharedText = map.cells[cellKey(lane.id, shared.id)]?.text ?? '';
    // Letters typed into one cell at once merge, none lost.
    for (const index of [0, 1, 2]) expect(sharedText).toContain(`[${index}]`);
    expect(sharedText).not.toContain('Katsojan');
    await Promise.all(editors.map(acknowledged));

    const fresh = openMap(server, w.sessions.viewer, w.journeyId);
    await synced(fresh);
    expect(readJourney(fresh.doc)).toEqual(map);
    // Stored with derived rows that match the document.
    await waitFor(async () => {
      const stored = await storedRows(server, w.journeyId);
      return JSON.stringify(readJourney(stored.doc)) === JSON.stringify(map);
    }, 'the store');
    const stored = await storedRows(server, w.journeyId);
    expect(stored.stages.map((s) => s.title)).toEqual(map.stages.map((s) => s.title));
    expect(stored.cells.find((c) => c.stage_id === shared.id && c.lane_id === lane.id)?.text).toBe(
      sharedText,
    );
    expect(
      stored.cells
        .filter((c) => c.lane_id === emotion.id)
        .map((c) => c.emotion)
        .sort(),
    ).toEqual([-1, 0, 1]);
  });

  it('keep a cell’s text in its stage while another person reorders the stages', async () => {
    const w = await world();
    const mover = openMap(server, w.sessions.admin, w.journeyId);
    const writer = openMap(server, w.sessions.member, w.journeyId);
    await Promise.all([mover, writer].map(synced));
    const { stages, lanes } = readJourney(writer.doc);
    const [moved, neighbour, lane] = [stages[1], stages[2], lanes[0]];
    if (!moved || !neighbour || !lane) throw new Error('template');
    setCellText(writer.doc, lane.id, neighbour.id, 'Naapurivaihe');
    await acknowledged(writer);
    await waitFor(() => snapshotOf(mover) === snapshotOf(writer), 'the first text');

    // The writer types letter by letter while the mover drags the stage around.
    const typed = 'Hakija lähettää liitteet uudelleen';
    for (let i = 1; i <= typed.length; i++) {
      setCellText(writer.doc, lane.id, moved.id, typed.slice(0, i));
      if (i === 5) moveStage(mover.doc, moved.id, stages.length - 1);
      if (i === 15) moveStage(mover.doc, moved.id, 0);
      if (i === 25) moveStage(mover.doc, moved.id, 3);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await Promise.all([mover, writer].map(acknowledged));
    await waitFor(() => snapshotOf(mover) === snapshotOf(writer), 'convergence');
    const map = readJourney(mover.doc);
    expect(map.stages.map((s) => s.id).indexOf(moved.id)).toBe(3);
    expect(map.stages).toHaveLength(stages.length);
    expect(map.cells[cellKey(lane.id, moved.id)]?.text).toBe(typed);
    expect(map.cells[cellKey(lane.id, neighbour.id)]?.text).toBe('Naapurivaihe');

    await waitFor(async () => {
      const stored = await storedRows(server, w.journeyId);
      return stored.stages[3]?.stage_id === moved.id && stored.cells.some((c) => c.text === typed);
    }, 'the store');
    const stored = await storedRows(server, w.journeyId);
    expect(stored.cells.find((c) => c.text === typed)).toMatchObject({
      lane_id: lane.id,
      stage_id: moved.id,
    });
  });

  it('keeps an acknowledged edit across a server restart (stored on shutdown)', async () => {
    // A long debounce: only the shutdown can have stored the edit.
    const first = await startCollabServer({ storeDebounceMs: 60_000, storeMaxDebounceMs: 120_000 });
    const w = await world(first);
    const client = connect(first, w.sessions.member, w.journeyId, {
      documentName: journeyDocumentName(w.journeyId),
    });
    await synced(client);
    const { stages, lanes } = readJourney(client.doc);
    const [stage, lane] = [stages[2], lanes[3]];
    if (!stage || !lane) throw new Error('template');
    setCellText(client.doc, lane.id, stage.id, 'Ennen uudelleenkäynnistystä');
    moveStage(client.doc, stage.id, 0);
    await acknowledged(client);
    await first.close();
    client.destroy();

    const second = await startCollabServer();
    try {
      const reader = openMap(second, w.sessions.viewer, w.journeyId);
      await synced(reader);
      const map = readJourney(reader.doc);
      expect(map.stages[0]?.id).toBe(stage.id);
      expect(map.cells[cellKey(lane.id, stage.id)]?.text).toBe('Ennen uudelleenkäynnistystä');
      reader.destroy();
    } finally {
      await second.close();
    }
  });

  it('migrates a schema version 1 document on load and stores it at once', async () => {
    const w = await world();
    // Version 1 allowed a lane without a title.
    const old = new Y.Doc();
    const laneIds = [crypto.randomUUID(), crypto.randomUUID()];
    const stageId = crypto.randomUUID();
    old.transact(() => {
      old.getMap('meta').set('schemaVersion', 1);
      const stage = new Y.Map<unknown>();
      stage.set('title', 'Hakemus');
      old.getMap<Y.Map<unknown>>('stage').set(stageId, stage);
      old.getArray<string>('stages').push([stageId]);
      for (const [id, fields] of [
        [laneIds[0], { type: 'pain_points' }],
        [laneIds[1], { type: 'channels', title: 'Asiointikanavat' }],
      ] as const) {
        const lane = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) lane.set(key, value);
        old.getMap<Y.Map<unknown>>('lane').set(id ?? '', lane);
        old.getArray<string>('lanes').push([id ?? '']);
      }
    });
    await server.database.pool.query(
      'update journeys set state = $1, schema_version = 1 where id = $2',
      [Buffer.from(Y.encodeStateAsUpdate(old)), w.journeyId],
    );
    const client = openMap(server, w.sessions.viewer, w.journeyId);
    await synced(client);
    expect(client.doc.getMap('meta').get('schemaVersion')).toBe(JOURNEY_SCHEMA_VERSION);
    expect(readJourney(client.doc).lanes.map((l) => l.title)).toEqual([
      'Kipukohdat',
      'Asiointikanavat',
    ]);
    // Stored at once, with its rows, though a viewer cannot edit.
    const stored = await storedRows(server, w.journeyId);
    expect(stored.version).toBe(JOURNEY_SCHEMA_VERSION);
    const { rows } = await server.database.pool.query(
      'select title from journey_lanes where journey_id = $1 order by position',
      [w.journeyId],
    );
    expect(rows.map((r) => r.title)).toEqual(['Kipukohdat', 'Asiointikanavat']);
  });

  it('turns editors into readers when the map is archived, and closes them when it is deleted', async () => {
    const w = await world();
    const url = `/api/v1/projects/${w.project.id}/journeys/${w.journeyId}`;
    const member = openMap(server, w.sessions.member, w.journeyId);
    // A journey's id under another document type names nothing.
    const asBoard = open(server, w.sessions.member, w.journeyId);
    await synced(member);
    await waitFor(() => asBoard.failures.length > 0, 'the refusal');
    expect(member.provider.authorizedScope).toBe('read-write');
    await call(server, w.sessions.admin, 'PATCH', url, { version: 1, archived: true });
    await waitFor(() => member.provider.authorizedScope === 'readonly', 'a read-only reconnect');
    await call(server, w.sessions.admin, 'PATCH', url, { version: 2, archived: false });
    await waitFor(() => member.provider.authorizedScope === 'read-write', 'a writable reconnect');
    expect((await call(server, w.sessions.admin, 'DELETE', url)).statusCode).toBe(204);
    await waitFor(() => member.closes.includes('access-revoked'), 'the client to be told');
  });

  it('refuses another organisation', async () => {
    const w = await world();
    const outsider = openMap(server, w.sessions.outsider, w.journeyId);
    await waitFor(() => outsider.failures.length > 0, 'the refusal');
    expect(outsider.provider.isSynced).toBe(false);
  });

  it('marks a citation withdrawn once on a map open live, whose stored state the erasure also marks', async () => {
    const w = await world();
    const research = await buildResearch(server, w.project.id, w.users.admin.id);
    const editor = openMap(server, w.sessions.member, w.journeyId);
    await synced(editor);
    const { stages, lanes } = readJourney(editor.doc);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('template');
    setCellText(editor.doc, lane.id, stage.id, 'Ei löydä lupahakemusta');
    addCitation(editor.doc, lane.id, stage.id, { kind: 'evidence', id: research.evidenceId });
    await acknowledged(editor);
    // Stored before the erasure, so that both of its writes happen: the stored state in its
    // transaction, the open document after commit.
    await waitFor(
      async () => (await citationRows(w.journeyId, research.evidenceId)) === 1,
      'the citation to be stored',
      LOADED,
    );

    const erased = await call(
      server,
      w.sessions.admin,
      'POST',
      `/api/v1/projects/${w.project.id}/participants/${research.participantId}/erase`,
      {},
    );
    expect(erased.statusCode, erased.body).toBe(200);
    const cell = () => readJourney(editor.doc).cells[cellKey(lane.id, stage.id)];
    await waitFor(
      () => cell()?.citations[0]?.withdrawn === true,
      'the withdrawal to arrive',
      LOADED,
    );
    // Both writes merged: the editor has what is stored, and the store has the live change.
    await waitFor(
      async () => sameUpdates((await storedRows(server, w.journeyId)).doc, editor.doc),
      'the stored and the open map to converge',
      LOADED,
    );
    const expected = {
      text: 'Ei löydä lupahakemusta',
      emotion: null,
      citations: [{ kind: 'evidence', id: research.evidenceId, withdrawn: true }],
    };
    expect(cell()).toEqual(expected);
    // One entry in the document itself, not only once as read.
    const entries = editor.doc
      .getMap<Y.Map<unknown>>('cells')
      .get(cellKey(lane.id, stage.id))
      ?.get('citations') as Y.Array<unknown>;
    expect(entries.length).toBe(1);
    const stored = await storedRows(server, w.journeyId);
    expect(readJourney(stored.doc).cells[cellKey(lane.id, stage.id)]).toEqual(expected);
    expect(await citationRows(w.journeyId, research.evidenceId)).toBe(1);
    const view = await call(
      server,
      w.sessions.member,
      'GET',
      `/api/v1/projects/${w.project.id}/journeys/${w.journeyId}`,
    );
    const cited = view
      .json<Journey>()
      .cells.find((c) => c.laneId === lane.id && c.stageId === stage.id)?.citations;
    expect(cited).toEqual([
      {
        kind: 'evidence',
        id: research.evidenceId,
        text: '',
        participantCode: 'H-001',
        withdrawn: true,
      },
    ]);
  });
});
