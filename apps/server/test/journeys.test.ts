import {
  addCitation,
  cellKey,
  readJourney,
  setCellText,
  setEmotion,
  withdrawJourneyCitations,
  type Journey,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { evidence } from '../src/db/schema.ts';
import { findJourneyState } from '../src/modules/journeys/journeys.repo.ts';
import { searchVector } from '../src/modules/research/search-vector.ts';
import { createInsight } from '../src/modules/synthesis/commands/create-insight.ts';
import { buildResearch } from './research-fixtures.ts';
import {
  addToTeam,
  adminOfNewOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  type Session,
} from './harness.ts';
import { storeLiveDocument } from '../src/collab/stored-document.ts';
import { journeyStorage } from '../src/modules/journeys/journey-storage.ts';

const app = await startTestApp();

async function post(session: Session, url: string, body: unknown) {
  const response = await call(app, session, 'POST', url, body);
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  return response.json();
}

/** Edits a stored journey as a live store would: the document, then state and rows together. */
async function editJourney(journeyId: string, edit: (doc: Y.Doc) => void) {
  const row = await findJourneyState(app.database.db, journeyId);
  if (!row) throw new Error('no journey');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state);
  edit(doc);
  await storeLiveDocument(journeyStorage, app.database.db, {
    id: journeyId,
    document: doc,
    mergeOrigin: null,
  });
  return doc;
}

async function storedDocument(journeyId: string) {
  const row = await findJourneyState(app.database.db, journeyId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row?.state ?? new Uint8Array());
  return { doc, bytes: row?.state ?? Buffer.alloc(0) };
}

/** A project with research (participant H-001 and their evidence) and an insight on it. */
async function world() {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const research = await buildResearch(app, project.id, admin.id);
  const insightId = await createInsight(app.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    values: {
      statement: 'Lupa-asiointi on vaikea löytää verkosta.',
      hmw: '',
      evidenceIds: [research.evidenceId],
      boardId: null,
      groupId: null,
    },
  });
  return {
    org,
    admin,
    session,
    project,
    research,
    insightId,
    base: `/api/v1/projects/${project.id}`,
  };
}

const blank = { title: 'Lupapolku nyt', start: { template: 'blank' } };

describe('journey maps', () => {
  it('start from a template in the language asked, or as a copy of another map (as-is → to-be)', async () => {
    const w = await world();
    const created = await call(app, w.session, 'POST', `${w.base}/journeys`, {
      title: 'Rakennuslupa',
      start: { template: 'permit_application' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const permit: Journey = created.json();
    expect(permit).toMatchObject({
      kind: 'as_is',
      language: 'fi',
      personaId: null,
      copiedFrom: null,
      archived: false,
      stageCount: 7,
      laneCount: 10,
      documentName: `journey:${permit.id}`,
      abilities: { edit: true },
    });
    expect(permit.stages.map((s) => s.title)).toContain('Hakemus (esim. Lupapiste)');
    expect(permit.lanes.map((l) => l.type)).toEqual(
      expect.arrayContaining(['front_stage', 'back_stage', 'support_processes']),
    );
    const swedish: Journey = await post(w.session, `${w.base}/journeys`, {
      ...blank,
      language: 'sv',
    });
    expect(swedish.stages.map((s) => s.title)).toEqual(['Före', 'Under', 'Efter']);
    expect(swedish.lanes).toHaveLength(7);

    const [stage, lane] = [permit.stages[3], permit.lanes.find((l) => l.type === 'emotion')];
    if (!stage || !lane) throw new Error('template');
    await editJourney(permit.id, (doc) => {
      setCellText(doc, lane.id, stage.id, 'Hakemus jumittuu liitteisiin');
      setEmotion(doc, lane.id, stage.id, -2);
      addCitation(doc, lane.id, stage.id, { kind: 'evidence', id: w.research.evidenceId });
    });
    const copy: Journey = await post(w.session, `${w.base}/journeys`, {
      title: 'Rakennuslupa tavoitetila',
      kind: 'to_be',
      start: { copyOf: permit.id },
    });
    expect(copy).toMatchObject({ kind: 'to_be', copiedFrom: permit.id, stageCount: 7 });
    expect(copy.stages.map((s) => s.title)).toEqual(permit.stages.map((s) => s.title));
    expect(copy.stages[0]?.id).not.toBe(permit.stages[0]?.id);
    expect(copy.cells).toEqual([
      {
        laneId: copy.lanes[lane.position]?.id,
        stageId: copy.stages[3]?.id,
        text: 'Hakemus jumittuu liitteisiin',
        emotion: -2,
        citations: [expect.objectContaining({ kind: 'evidence', id: w.research.evidenceId })],
      },
    ]);

    const list = await call(app, w.session, 'GET', `${w.base}/journeys`);
    expect(
      list
        .json()
        .items.map((j: { id: string }) => j.id)
        .sort(),
    ).toEqual([permit.id, swedish.id, copy.id].sort());
    // A copy of another project's map is refused as unseen.
    const other = await world();
    const foreign = await post(other.session, `${other.base}/journeys`, blank);
    const refused = await call(app, w.session, 'POST', `${w.base}/journeys`, {
      ...blank,
      start: { copyOf: foreign.id },
    });
    expect(refused.statusCode).toBe(404);
  });

  it('resolve citations to evidence and insights of the project, leaving out foreign ids', async () => {
    const w = await world();
    const other = await world();
    const journey: Journey = await post(w.session, `${w.base}/journeys`, blank);
    const [stage, lane] = [journey.stages[1], journey.lanes[5]];
    if (!stage || !lane) throw new Error('template');
    await editJourney(journey.id, (doc) => {
      setCellText(doc, lane.id, stage.id, 'Ohjeet eivät löydy');
      addCitation(doc, lane.id, stage.id, { kind: 'evidence', id: w.research.evidenceId });
      addCitation(doc, lane.id, stage.id, { kind: 'insight', id: w.insightId });
      addCitation(doc, lane.id, stage.id, { kind: 'evidence', id: other.research.evidenceId });
      addCitation(doc, lane.id, stage.id, { kind: 'insight', id: other.insightId });
    });
    const read: Journey = (
      await call(app, w.session, 'GET', `${w.base}/journeys/${journey.id}`)
    ).json();
    expect(read.cells).toEqual([
      {
        laneId: lane.id,
        stageId: stage.id,
        text: 'Ohjeet eivät löydy',
        emotion: null,
        citations: [
          {
            kind: 'evidence',
            id: w.research.evidenceId,
            text: 'Palvelupolku oli sekava.',
            participantCode: 'H-001',
            withdrawn: false,
          },
          {
            kind: 'insight',
            id: w.insightId,
            statement: 'Lupa-asiointi on vaikea löytää verkosta.',
          },
        ],
      },
    ]);
    const { rows } = await app.database.pool.query(
      'select kind, evidence_id, insight_id from journey_citations where journey_id = $1 order by position',
      [journey.id],
    );
    expect(rows).toEqual([
      { kind: 'evidence', evidence_id: w.research.evidenceId, insight_id: null },
      { kind: 'insight', evidence_id: null, insight_id: w.insightId },
    ]);
  });

  it('stay whole when a participant is erased: citations turn withdrawn, no words kept', async () => {
    const w = await world();
    const marker = `Lakkasuo${Math.random().toString(36).slice(2, 10).replace(/\d/g, 'k')}`;
    const [said] = await app.database.db
      .insert(evidence)
      .values({
        projectId: w.project.id,
        kind: 'quote',
        text: `${marker} jonotti kolme tuntia`,
        participantId: w.research.participantId,
        sessionId: w.research.sessionId,
        search: searchVector('fi', `${marker} jonotti kolme tuntia`),
      })
      .returning();
    if (!said) throw new Error('evidence');
    const journey: Journey = await post(w.session, `${w.base}/journeys`, blank);
    const [stage, lane] = [journey.stages[0], journey.lanes[0]];
    if (!stage || !lane) throw new Error('template');
    await editJourney(journey.id, (doc) => {
      setCellText(doc, lane.id, stage.id, 'Jonottaa palvelupisteessä');
      addCitation(doc, lane.id, stage.id, { kind: 'evidence', id: said.id });
      addCitation(doc, lane.id, stage.id, { kind: 'insight', id: w.insightId });
    });
    const url = `${w.base}/journeys/${journey.id}`;
    const before: Journey = (await call(app, w.session, 'GET', url)).json();
    expect(JSON.stringify(before)).toContain(marker);

    const erased = await call(
      app,
      w.session,
      'POST',
      `${w.base}/participants/${w.research.participantId}/erase`,
      {},
    );
    expect(erased.statusCode, erased.body).toBe(200);
    const after: Journey = (await call(app, w.session, 'GET', url)).json();
    expect(after.stages).toEqual(before.stages);
    expect(after.cells).toEqual([
      {
        laneId: lane.id,
        stageId: stage.id,
        text: 'Jonottaa palvelupisteessä',
        emotion: null,
        citations: [
          { kind: 'evidence', id: said.id, text: '', participantCode: 'H-001', withdrawn: true },
          {
            kind: 'insight',
            id: w.insightId,
            statement: 'Lupa-asiointi on vaikea löytää verkosta.',
          },
        ],
      },
    ]);
    // The stored document keeps the citation, marked, so live clients show it withdrawn too.
    const stored = await storedDocument(journey.id);
    expect(readJourney(stored.doc).cells[cellKey(lane.id, stage.id)]?.citations[0]).toEqual({
      kind: 'evidence',
      id: said.id,
      withdrawn: true,
    });
    // A map cites evidence and never copies it: neither its state nor any table holds the words.
    expect(stored.bytes.includes(Buffer.from(marker))).toBe(false);
    const { rows: columns } = await app.database.pool.query<{
      table_name: string;
      column_name: string;
      data_type: string;
    }>(
      `select table_name, column_name, data_type from information_schema.columns
        where table_schema = 'public' and (data_type in ('text', 'jsonb', 'tsvector', 'bytea')
          or udt_name = '_text')`,
    );
    for (const { table_name, column_name, data_type } of columns) {
      const value =
        data_type === 'bytea' ? `"${column_name}"` : `convert_to("${column_name}"::text, 'UTF8')`;
      const { rows } = await app.database.pool.query(
        `select count(*)::int as n from "${table_name}"
          where position(convert_to($1, 'UTF8') in ${value}) > 0`,
        [marker],
      );
      expect(rows[0].n, `${marker} in ${table_name}.${column_name}`).toBe(0);
    }

    // A document without the mark (a client that dropped it, or cited the evidence offline
    // before the erasure reached it): the next store marks it again.
    await editJourney(journey.id, (doc) => doc.getMap('withdrawn').delete(said.id));
    const again = await storedDocument(journey.id);
    expect(readJourney(again.doc).cells[cellKey(lane.id, stage.id)]?.citations[0]?.withdrawn).toBe(
      true,
    );
    expect(withdrawJourneyCitations(again.doc, new Set([said.id]))).toBe(0);
  });

  it('are renamed, linked to a persona of the project, archived read-only, and deleted', async () => {
    const w = await world();
    const other = await world();
    const member = await buildUser(app, { organisationId: w.org.id, role: 'member' });
    await addToTeam(app, w.project.id, member.id);
    const memberSession = await sessionFor(app, member.id);
    const persona = await post(w.session, `${w.base}/personas`, { name: 'Yrittäjä Ylva' });
    const foreignPersona = await post(other.session, `${other.base}/personas`, { name: 'Muu' });
    const journey: Journey = await post(w.session, `${w.base}/journeys`, {
      ...blank,
      personaId: persona.id,
    });
    expect(journey.personaId).toBe(persona.id);
    const url = `${w.base}/journeys/${journey.id}`;
    const patched = await call(app, memberSession, 'PATCH', url, {
      version: journey.version,
      title: 'Lupapolku tavoitetila',
      kind: 'to_be',
      personaId: null,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      title: 'Lupapolku tavoitetila',
      kind: 'to_be',
      personaId: null,
    });
    expect(
      (await call(app, w.session, 'PATCH', url, { version: 2, personaId: foreignPersona.id }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call(app, w.session, 'POST', `${w.base}/journeys`, {
          ...blank,
          personaId: foreignPersona.id,
        })
      ).statusCode,
    ).toBe(404);
    // Deleting the persona unlinks the map.
    await call(app, w.session, 'PATCH', url, { version: 2, personaId: persona.id });
    await call(app, w.session, 'DELETE', `${w.base}/personas/${persona.id}`);
    expect((await call(app, w.session, 'GET', url)).json().personaId).toBeNull();

    const archived = await call(app, w.session, 'PATCH', url, { version: 3, archived: true });
    expect(archived.json()).toMatchObject({ archived: true, abilities: { edit: false } });
    const restored = await call(app, w.session, 'PATCH', url, { version: 4, archived: false });
    expect(restored.json()).toMatchObject({ archived: false, abilities: { edit: true } });
    expect((await call(app, w.session, 'DELETE', url)).statusCode).toBe(204);
    expect((await call(app, w.session, 'GET', url)).statusCode).toBe(404);
  });

  it('are hidden from other organisations and read, not written, by viewers', async () => {
    const w = await world();
    const journey: Journey = await post(w.session, `${w.base}/journeys`, blank);
    const url = `${w.base}/journeys/${journey.id}`;
    const outsider = await adminOfNewOrganisation(app);
    for (const [method, path, body] of [
      ['GET', `${w.base}/journeys`, undefined],
      ['POST', `${w.base}/journeys`, blank],
      ['GET', url, undefined],
      ['PATCH', url, { version: 1, title: 'Vieras' }],
      ['DELETE', url, undefined],
    ] as const) {
      const response = await call(app, outsider.session, method, path, body);
      expect(response.statusCode, `${method} ${path}`).toBe(404);
    }
    const viewer = await buildUser(app, { organisationId: w.org.id, role: 'viewer' });
    await addToTeam(app, w.project.id, viewer.id);
    const viewerSession = await sessionFor(app, viewer.id);
    const read = await call(app, viewerSession, 'GET', url);
    expect(read.json()).toMatchObject({ id: journey.id, abilities: { edit: false } });
    expect(
      (await call(app, viewerSession, 'PATCH', url, { version: 1, title: 'Ei' })).statusCode,
    ).toBe(403);
  });

  it('join the project search by their cells, found through Finnish inflection', async () => {
    const w = await world();
    const journey: Journey = await post(w.session, `${w.base}/journeys`, blank);
    const [first, second] = journey.stages;
    const lane = journey.lanes[0];
    if (!first || !second || !lane) throw new Error('template');
    await editJourney(journey.id, (doc) => {
      setCellText(doc, lane.id, first.id, 'Asiakas soittaa palvelupisteeseen');
      setCellText(doc, lane.id, second.id, 'Asiakas odottaa palvelupisteessä');
    });
    const search = async (query: string) =>
      (await call(app, w.session, 'GET', `${w.base}/search?${query}`)).json().items as {
        type: string;
        id: string;
        title: string;
        snippet: string;
      }[];
    const hits = await search('q=palvelupiste&type=journey');
    expect(hits.map((h) => [h.type, h.id, h.title])).toEqual([
      ['journey', journey.id, 'Lupapolku nyt'],
    ]);
    expect(hits[0]?.snippet).toContain('\u0002');
    expect((await search('q=palvelupiste')).some((h) => h.id === journey.id)).toBe(true);
    expect(
      (await search('q=palvelupiste&sessionKind=interview')).some((h) => h.id === journey.id),
    ).toBe(false);
    await editJourney(journey.id, (doc) => {
      setCellText(doc, lane.id, first.id, '');
      setCellText(doc, lane.id, second.id, 'Asiakas saa päätöksen');
    });
    expect(await search('q=palvelupiste&type=journey')).toEqual([]);
  });
});
