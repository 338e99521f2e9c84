import {
  addCitation,
  addStickyNote,
  cellKey,
  journeyDocumentName,
  readBoard,
  readJourney,
  setCellText,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { themeSuggestions } from '../src/db/schema.ts';
import { FEEDBACK_FORM } from './route-cases.ts';
import {
  acknowledged,
  startCollabTestFile,
  synced,
  waitFor,
  type Client,
} from './collab-support.ts';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  type Session,
} from './harness.ts';
import { SKETCH } from './route-cases.ts';

/*
 * The customer member (kokemusasiantuntija) on a project's team: a co-designer in the shared
 * work, who meets the research's participants only through the evidence taken from them.
 */

const { server, open } = await startCollabTestFile();

// Planted where only those reading raw research may look: none may reach the customer member.
const planted = {
  noteSentence: 'Naapurini Kummitusmetsässä neuvoi minua.',
  noteWord: 'Kummitusmetsässä',
  attribute: 'Salaistenkylä',
  contactName: 'Maija Salainen',
  phone: '040 765 4321',
  email: 'maija.salainen@test.example',
};
const passage = 'Lupahakemus oli vaikea löytää verkosta.';
const consent = { purpose: 'Haastattelu', givenOn: '2026-11-01', method: 'written' };

/** One organisation and project for the whole file, its research written as the team would. */
async function buildWorld() {
  const org = await buildOrganisation(server);
  const person = (role: 'admin' | 'member' | 'customer_member' | 'viewer') =>
    buildUser(server, { organisationId: org.id, role });
  const [admin, member, customer, viewer] = await Promise.all([
    person('admin'),
    person('member'),
    person('customer_member'),
    person('viewer'),
  ]);
  const project = await buildProject(server, { organisationId: org.id, creatorId: admin.id });
  for (const user of [member, customer, viewer]) await addToTeam(server, project.id, user.id);
  const sessions = {
    admin: await sessionFor(server, admin.id),
    member: await sessionFor(server, member.id),
    customer: await sessionFor(server, customer.id),
    viewer: await sessionFor(server, viewer.id),
  };
  const base = `/api/v1/projects/${project.id}`;
  const create = async (url: string, body: unknown) => {
    const response = await call(server, sessions.admin, 'POST', `${base}${url}`, body);
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`);
    return response.json<{ id: string; updatedAt?: string }>();
  };
  const participant = await create('/participants', {
    kind: 'customer',
    segment: 'Nuoret aikuiset',
    attributes: { kotikunta: planted.attribute },
    consent,
    contact: { name: planted.contactName, phone: planted.phone, email: planted.email },
  });
  const session = await create('/sessions', {
    kind: 'interview',
    title: 'Haastattelu 1',
    heldOn: '2026-11-02',
    participantIds: [participant.id],
  });
  const note = await create(`/sessions/${session.id}/notes`, {
    body: `${passage} ${planted.noteSentence}`,
    participantId: participant.id,
  });
  const evidence = await create('/evidence', {
    kind: 'quote',
    noteId: note.id,
    start: 0,
    end: passage.length,
  });
  const source = await create('/sources', { kind: 'report', title: 'Kuntakokeilun raportti' });
  const tag = await create('/tags', { name: 'Löydettävyys' });
  const board = await create('/boards', { title: 'Haastattelujen synteesi' });
  const insight = await create('/insights', {
    statement: 'Luvat ovat hajallaan verkossa.',
    evidenceIds: [evidence.id],
  });
  const persona = await create('/personas', {
    name: 'Tapahtumajärjestäjä Tiina',
    citations: { frustrations: [evidence.id] },
  });
  const journey = await create('/journeys', {
    title: 'Tapahtumaluvan polku',
    start: { template: 'permit_application' },
  });
  const idea = await create('/ideas', { text: 'Luvat yhdeltä sivulta', insightId: insight.id });
  const sketch = await call(
    server,
    sessions.admin,
    'PUT',
    `${base}/ideas/${idea.id}/sketch`,
    SKETCH,
    {
      'content-type': 'image/png',
    },
  );
  if (sketch.statusCode !== 200) throw new Error(`sketch: ${sketch.body}`);
  const round = await create('/voting-rounds', { title: 'Äänestys', budget: 3 });
  const concept = await create('/concepts', {
    name: 'Luvat yhdeltä luukulta',
    summary: 'Kaikki luvat yhdellä hakemuksella.',
  });
  await create(`/concepts/${concept.id}/links`, { kind: 'insight', targetId: insight.id });
  await create(`/concepts/${concept.id}/versions`, { reason: 'Työpajan tulos' });
  const testRound = await create(`/concepts/${concept.id}/test-rounds`, {
    versionNumber: 1,
    title: 'Paperiprototyyppi',
    method: 'paper_prototype',
    // Before the interview, which the session checks below read first.
    startsOn: '2026-10-01',
    hypotheses: [{ belief: 'Yksi hakemus riittää.', signal: 'Kukaan ei soita.' }],
  });
  const roundUrl = `${base}/concepts/${concept.id}/test-rounds/${testRound.id}`;
  const [hypothesis] = (await call(server, sessions.admin, 'GET', roundUrl)).json<{
    hypotheses: { id: string }[];
  }>().hypotheses;
  const finding = await call(
    server,
    sessions.admin,
    'PUT',
    `${roundUrl}/hypotheses/${hypothesis?.id}/finding`,
    { version: 1, result: 'confirmed', evidenceIds: [evidence.id] },
  );
  if (finding.statusCode !== 200) throw new Error(`finding: ${finding.body}`);
  const form = await create('/forms', FEEDBACK_FORM);
  const upload = await call(
    server,
    sessions.admin,
    'POST',
    `${base}/imports`,
    'Vastaaja;Mitä toivoisit?\n1;Selkeämmät ohjeet\n',
    { 'content-type': 'text/csv' },
  );
  if (upload.statusCode !== 201) throw new Error(`import: ${upload.body}`);
  const [suggestion] = await server.database.db
    .insert(themeSuggestions)
    .values({ projectId: project.id, boardId: board.id, status: 'done', phase: 'labelling' })
    .returning({ id: themeSuggestions.id });
  return {
    base,
    sessions,
    users: { member, customer },
    ids: {
      projectId: project.id,
      participantId: participant.id,
      sessionId: session.id,
      noteId: note.id,
      evidenceId: evidence.id,
      sourceId: source.id,
      tagId: tag.id,
      boardId: board.id,
      insightId: insight.id,
      personaId: persona.id,
      journeyId: journey.id,
      conceptId: concept.id,
      testRoundId: testRound.id,
      hypothesisId: hypothesis?.id ?? '',
      number: '1',
      formId: form.id,
      suggestionId: suggestion?.id ?? '',
      ideaId: idea.id,
      roundId: round.id,
      importId: upload.json<{ id: string }>().id,
    },
  };
}

const w = await buildWorld();
const get = (session: Session, url: string) => call(server, session, 'GET', `${w.base}${url}`);
/** Whether the client sees another's presence marked after that one's edit (see below). */
const marked = (client: Client) =>
  [...(client.provider.awareness?.getStates().values() ?? [])].some(
    (state) => state.mark === 'after-edit',
  );
const plantedIn = (body: string) => Object.values(planted).filter((value) => body.includes(value));

describe('the customer member in the research repository', () => {
  it('sees participants by code and segment, without attributes or contact details', async () => {
    for (const url of ['/participants', `/participants/${w.ids.participantId}`]) {
      const response = await get(w.sessions.customer, url);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      const participant = 'items' in body ? body.items[0] : body;
      expect(participant).toMatchObject({ code: 'H-001', segment: 'Nuoret aikuiset' });
      expect(participant).not.toHaveProperty('attributes');
      expect(participant).not.toHaveProperty('hasContact');

      // The viewer reads the research as before.
      const asViewer = (await get(w.sessions.viewer, url)).json();
      expect('items' in asViewer ? asViewer.items[0] : asViewer).toMatchObject({
        attributes: { kotikunta: planted.attribute },
        hasContact: true,
      });
    }
    for (const url of ['contact', 'export']) {
      const response = await get(
        w.sessions.customer,
        `/participants/${w.ids.participantId}/${url}`,
      );
      expect(response.statusCode).toBe(403);
    }
  });

  it('finds no notes or transcripts: their routes are 404, sessions carry none', async () => {
    const notes = await get(w.sessions.customer, `/sessions/${w.ids.sessionId}/notes`);
    expect(notes.statusCode).toBe(404);
    expect(notes.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await get(w.sessions.customer, `/notes/${w.ids.noteId}`)).statusCode).toBe(404);
    for (const url of ['/sessions', `/sessions/${w.ids.sessionId}`]) {
      const body = (await get(w.sessions.customer, url)).json();
      // The feedback form's own session is listed too; the interview is the one with notes.
      const session =
        'items' in body
          ? body.items.find((item: { title: string }) => item.title === 'Haastattelu 1')
          : body;
      expect(session).toMatchObject({ title: 'Haastattelu 1', participants: [{ code: 'H-001' }] });
      expect(session).not.toHaveProperty('noteCount');
    }

    expect(
      (await get(w.sessions.viewer, `/sessions/${w.ids.sessionId}/notes`)).json().items,
    ).toEqual([expect.objectContaining({ id: w.ids.noteId })]);
    expect((await get(w.sessions.viewer, `/sessions/${w.ids.sessionId}`)).json().noteCount).toBe(1);
  });

  it('searches evidence and the rest, never notes', async () => {
    const search = async (session: Session, query: string) => {
      const response = await get(session, `/search?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { type: string; id: string }[] }>().items;
    };
    const secret = `q=${encodeURIComponent(planted.noteWord)}`;
    expect(await search(w.sessions.viewer, secret)).toEqual([
      expect.objectContaining({ type: 'note', id: w.ids.noteId }),
    ]);
    expect(await search(w.sessions.customer, secret)).toEqual([]);
    expect(await search(w.sessions.customer, `${secret}&type=note`)).toEqual([]);

    const shared = await search(w.sessions.customer, 'q=lupahakemus');
    expect(shared).toContainEqual(
      expect.objectContaining({ type: 'evidence', id: w.ids.evidenceId }),
    );
    expect(shared.filter((hit) => hit.type === 'note')).toEqual([]);
    expect((await search(w.sessions.viewer, 'q=lupahakemus')).map((hit) => hit.type)).toContain(
      'note',
    );
  });

  it('reads the evidence taken from participants, naming them by code only', async () => {
    const list = await get(w.sessions.customer, '/evidence');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: w.ids.evidenceId, text: passage, participantCode: 'H-001' }),
    ]);
    const one = await get(w.sessions.customer, `/evidence/${w.ids.evidenceId}`);
    expect(one.json()).toMatchObject({ text: passage, participantCode: 'H-001' });
  });
});

describe('the customer member in synthesis', () => {
  it("writes an insight's question, not its statement or evidence", async () => {
    const url = `${w.base}/insights/${w.ids.insightId}`;
    const read = async () => (await call(server, w.sessions.customer, 'GET', url)).json();
    expect((await read()).abilities).toEqual({ edit: false, editQuestion: true });
    expect((await get(w.sessions.viewer, `/insights/${w.ids.insightId}`)).json().abilities).toEqual(
      { edit: false, editQuestion: false },
    );

    const hmw = 'Miten voisimme koota luvat yhteen paikkaan?';
    const { version } = await read();
    const written = await call(server, w.sessions.customer, 'PATCH', url, { hmw, version });
    expect(written.statusCode).toBe(200);
    expect(written.json()).toMatchObject({ hmw, statement: 'Luvat ovat hajallaan verkossa.' });

    const before = await read();
    for (const body of [
      { statement: 'Kokemusasiantuntijan oma väite' },
      { hmw: 'Miten?', statement: 'Kokemusasiantuntijan oma väite' },
      { hmw: 'Miten?', evidenceIds: [w.ids.evidenceId] },
    ]) {
      const response = await call(server, w.sessions.customer, 'PATCH', url, {
        ...body,
        version: version + 1,
      });
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
    }
    const write = { statement: 'Uusi oivallus', evidenceIds: [w.ids.evidenceId] };
    expect(
      (await call(server, w.sessions.customer, 'POST', `${w.base}/insights`, write)).statusCode,
    ).toBe(403);
    expect((await call(server, w.sessions.customer, 'DELETE', url)).statusCode).toBe(403);
    expect(await read()).toEqual(before);
    expect(
      (
        await call(server, w.sessions.viewer, 'PATCH', url, {
          version: version + 1,
          hmw: 'Katsojan kysymys',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('edits what is on boards, journey maps and concepts, but does not manage them', async () => {
    const board = await get(w.sessions.customer, `/boards/${w.ids.boardId}`);
    expect(board.json().abilities).toEqual({ edit: true, manage: false });
    const journey = await get(w.sessions.customer, `/journeys/${w.ids.journeyId}`);
    expect(journey.json().abilities).toEqual({ edit: true, manage: false });
    const concept = await get(w.sessions.customer, `/concepts/${w.ids.conceptId}`);
    expect(concept.json().abilities).toEqual({ edit: true, manage: false });
    expect((await get(w.sessions.viewer, `/boards/${w.ids.boardId}`)).json().abilities).toEqual({
      edit: false,
      manage: false,
    });
    expect((await get(w.sessions.member, `/boards/${w.ids.boardId}`)).json().abilities).toEqual({
      edit: true,
      manage: true,
    });

    const refused: ['POST' | 'PUT' | 'PATCH' | 'DELETE', string, unknown][] = [
      ['POST', '/boards', { title: 'Oma taulu' }],
      ['PATCH', `/boards/${w.ids.boardId}`, { version: 1, title: 'Uusi nimi' }],
      ['PATCH', `/boards/${w.ids.boardId}`, { version: 1, archived: true }],
      ['DELETE', `/boards/${w.ids.boardId}`, undefined],
      ['POST', '/journeys', { title: 'Oma polku', start: { template: 'permit_application' } }],
      ['PATCH', `/journeys/${w.ids.journeyId}`, { version: 1, title: 'Uusi nimi' }],
      ['PATCH', `/journeys/${w.ids.journeyId}`, { version: 1, personaId: w.ids.personaId }],
      ['DELETE', `/journeys/${w.ids.journeyId}`, undefined],
      ['POST', '/concepts', { name: 'Oma konsepti' }],
      ['PATCH', `/concepts/${w.ids.conceptId}`, { version: 1, status: 'testing' }],
      ['POST', `/concepts/${w.ids.conceptId}/versions`, { reason: 'Oma versio' }],
      ['DELETE', `/concepts/${w.ids.conceptId}`, undefined],
      [
        'POST',
        `/concepts/${w.ids.conceptId}/test-rounds/${w.ids.testRoundId}/next-version`,
        undefined,
      ],
      [
        'PUT',
        `/concepts/${w.ids.conceptId}/test-rounds/${w.ids.testRoundId}/hypotheses/${w.ids.hypothesisId}/finding`,
        { version: 2, result: 'refuted' },
      ],
    ];
    for (const [method, url, body] of refused) {
      const response = await call(server, w.sessions.customer, method, `${w.base}${url}`, body);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
  });

  it("has a writable live board: their sticky note is stored and seen by others, a viewer's is not", async () => {
    const customer = open(server, w.sessions.customer, w.ids.boardId);
    const member = open(server, w.sessions.member, w.ids.boardId);
    const viewer = open(server, w.sessions.viewer, w.ids.boardId);
    await Promise.all([customer, member, viewer].map(synced));
    expect(customer.provider.authorizedScope).toBe('read-write');
    expect(viewer.provider.authorizedScope).toBe('readonly');

    addStickyNote(viewer.doc, { text: 'Katsojan lappu', language: 'fi', createdBy: 'viewer' });
    // The viewer's presence goes after its edit on the same socket: once another client sees
    // it, the server has had the edit too, and took it or not.
    viewer.provider.setAwarenessField('mark', 'after-edit');
    addStickyNote(customer.doc, {
      text: 'Kokemusasiantuntijan havainto',
      language: 'fi',
      createdBy: w.users.customer.id,
    });
    await acknowledged(customer);
    const texts = (client: Client) => readBoard(client.doc).cards.map((card) => card.text);
    await waitFor(
      () => texts(member).includes('Kokemusasiantuntijan havainto') && marked(member),
      'the member to see the customer member’s note and the viewer’s mark',
    );
    expect(texts(member)).not.toContain('Katsojan lappu');

    const stored = async () =>
      (await get(w.sessions.viewer, `/boards/${w.ids.boardId}`))
        .json<{ cards: { text: string }[] }>()
        .cards.map((card) => card.text);
    await waitFor(
      async () => (await stored()).includes('Kokemusasiantuntijan havainto'),
      'the store',
    );
    expect(await stored()).toEqual(['Kokemusasiantuntijan havainto']);
    for (const client of [customer, member, viewer]) client.destroy();
  });

  it("has a writable live journey map: their cell text and citation are stored, a viewer's edit is not", async () => {
    const documentName = journeyDocumentName(w.ids.journeyId);
    const openMap = (session: Session) => open(server, session, w.ids.journeyId, { documentName });
    const customer = openMap(w.sessions.customer);
    const member = openMap(w.sessions.member);
    const viewer = openMap(w.sessions.viewer);
    await Promise.all([customer, member, viewer].map(synced));
    expect(customer.provider.authorizedScope).toBe('read-write');
    expect(viewer.provider.authorizedScope).toBe('readonly');

    const { stages, lanes } = readJourney(customer.doc);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('the template has no stages or lanes');
    setCellText(viewer.doc, lane.id, stage.id, 'Katsojan teksti');
    viewer.provider.setAwarenessField('mark', 'after-edit');
    setCellText(customer.doc, lane.id, stage.id, 'Etsin lupaa kolmelta sivustolta');
    addCitation(customer.doc, lane.id, stage.id, { kind: 'evidence', id: w.ids.evidenceId });
    await acknowledged(customer);
    const cellText = (client: Client) =>
      readJourney(client.doc).cells[cellKey(lane.id, stage.id)]?.text ?? '';
    await waitFor(
      () => cellText(member).includes('Etsin lupaa') && marked(member),
      'the member to see the customer member’s text and the viewer’s mark',
    );
    expect(cellText(member)).toBe('Etsin lupaa kolmelta sivustolta');

    type StoredCell = {
      stageId: string;
      laneId: string;
      text: string;
      citations: { id: string; participantCode?: string | null; text?: string }[];
    };
    const storedCell = async () =>
      (await get(w.sessions.customer, `/journeys/${w.ids.journeyId}`))
        .json<{ cells: StoredCell[] }>()
        .cells.find((cell) => cell.stageId === stage.id && cell.laneId === lane.id);
    await waitFor(
      async () => (await storedCell())?.citations.length === 1,
      'the store with the citation',
    );
    expect(await storedCell()).toMatchObject({
      text: 'Etsin lupaa kolmelta sivustolta',
      citations: [{ id: w.ids.evidenceId, participantCode: 'H-001', text: passage }],
    });
    for (const client of [customer, member, viewer]) client.destroy();
  });
});

// Last, when boards, journey maps and insights hold what the team wrote into them.
describe('every read of the project, as the customer member', () => {
  it('gives none of the planted words', async () => {
    // Every GET of a project's material the server has, so a new one is scanned too.
    const reads = server.routes.filter(
      (route) => route.method === 'GET' && route.url.startsWith('/api/v1/projects/:projectId'),
    );
    expect(reads.length).toBeGreaterThan(20);
    const urlOf = (pattern: string) =>
      pattern.replace(/:(\w+)/g, (_match, name: string) => {
        const id = new Map(Object.entries(w.ids)).get(name);
        if (!id) throw new Error(`no id for :${name} in ${pattern}: add it to the world`);
        return id;
      }) +
      (pattern.endsWith('/search')
        ? `?q=${encodeURIComponent(planted.noteWord)}`
        : pattern.endsWith('/diff')
          ? '?from=1&to=draft'
          : '');
    const refused = new Map([
      ['/api/v1/projects/:projectId/sessions/:sessionId/notes', 404],
      ['/api/v1/projects/:projectId/notes/:noteId', 404],
      ['/api/v1/projects/:projectId/participants/:participantId/contact', 403],
      ['/api/v1/projects/:projectId/participants/:participantId/export', 403],
      // Imports are the team's work on the research: read by those who may write it.
      ['/api/v1/projects/:projectId/imports', 403],
      ['/api/v1/projects/:projectId/imports/:importId', 403],
      ['/api/v1/projects/:projectId/forms/:formId/responses.csv', 404],
    ]);
    const seenByViewer = new Set<string>();
    for (const route of reads) {
      const url = urlOf(route.url);
      const response = await call(server, w.sessions.customer, 'GET', url);
      expect(response.statusCode, route.url).toBe(refused.get(route.url) ?? 200);
      expect(plantedIn(response.body), route.url).toEqual([]);
      for (const value of plantedIn((await call(server, w.sessions.viewer, 'GET', url)).body))
        seenByViewer.add(value);
    }
    // The scan can fail: the same reads give the viewer the note and the attributes.
    expect([...seenByViewer].sort()).toEqual(
      [planted.noteSentence, planted.noteWord, planted.attribute].sort(),
    );
  });
});
