import { describe, expect, it } from 'vitest';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
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

const app = await startTestApp();

const consent = {
  purpose: 'Haastattelu työllisyyspalvelujen kehittämiseksi',
  givenOn: '2026-11-01',
  method: 'written',
};

async function post(session: Session, url: string, body: unknown) {
  const response = await call(app, session, 'POST', url, body);
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  return response.json();
}

/**
 * A project with research: three participants, an interview with the first and a workshop with
 * the other two, evidence from each of them and a fact from a desk-research source.
 */
async function projectWithResearch() {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const base = `/api/v1/projects/${project.id}`;
  const [anna, bertta, cecilia] = [
    await post(session, `${base}/participants`, { kind: 'customer', consent }),
    await post(session, `${base}/participants`, { kind: 'customer', consent }),
    await post(session, `${base}/participants`, { kind: 'staff', consent }),
  ];
  const interview = await post(session, `${base}/sessions`, {
    kind: 'interview',
    title: 'Nuoren haastattelu',
    heldOn: '2026-11-05',
    participantIds: [anna.id],
  });
  const workshop = await post(session, `${base}/sessions`, {
    kind: 'workshop',
    title: 'Yhteiskehittämisen työpaja',
    heldOn: '2026-11-12',
    participantIds: [bertta.id, cecilia.id],
  });
  const source = await post(session, `${base}/sources`, {
    kind: 'statistic',
    title: 'Nuorisotyöttömyys Lahdessa',
  });
  const said = (text: string, participantId: string | null, sessionId: string | null) =>
    post(session, `${base}/evidence`, { kind: 'quote', text, participantId, sessionId });
  const evidence = {
    annaStory: await said('Kerroin saman tarinan neljälle ihmiselle.', anna.id, interview.id),
    annaWish: await said('Haluaisin yhden paikan, josta näkee koko polun.', anna.id, interview.id),
    bertta: await said('Kukaan ei vastannut viikkoon, joten luovutin.', bertta.id, workshop.id),
    cecilia: await said('Kirjauksiin jää vain, mihin ohjattiin.', cecilia.id, workshop.id),
    fact: await post(session, `${base}/evidence`, {
      kind: 'fact',
      text: 'Alle 30-vuotiaiden työttömyys on kasvanut.',
      sourceId: source.id,
    }),
  };
  return {
    org,
    admin,
    session,
    project,
    base,
    participants: { anna, bertta, cecilia },
    interview,
    workshop,
    source,
    evidence,
  };
}

type World = Awaited<ReturnType<typeof projectWithResearch>>;
const allEvidenceIds = (w: World) => Object.values(w.evidence).map((e: { id: string }) => e.id);

async function insightCount(projectId: string): Promise<number> {
  const { rows } = await app.database.pool.query(
    `select (select count(*) from insights where project_id = $1)::int
          + (select count(*) from insight_evidence ie join insights i on i.id = ie.insight_id
              where i.project_id = $1)::int as n`,
    [projectId],
  );
  return rows[0].n as number;
}

describe('insights', () => {
  it('rest on evidence of three participants across two sessions, counted and shown in order', async () => {
    const w = await projectWithResearch();
    const boardId = await createBoard(app.database.db, {
      actorUserId: w.admin.id,
      projectId: w.project.id,
      title: 'Haastattelujen synteesi',
    });
    const groupId = crypto.randomUUID();
    const created = await call(app, w.session, 'POST', `${w.base}/insights`, {
      statement: '  Nuoret uupuvat, kun palvelu pirstoutuu eikä kukaan kanna kokonaisuutta.  ',
      hmw: 'Miten voisimme antaa nuorelle yhden ohjaajan koko polulle?',
      evidenceIds: [
        w.evidence.bertta.id,
        ...allEvidenceIds(w).filter((id) => id !== w.evidence.bertta.id),
      ],
      boardId,
      groupId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const insight = created.json();
    expect(insight).toMatchObject({
      projectId: w.project.id,
      boardId,
      groupId,
      statement: 'Nuoret uupuvat, kun palvelu pirstoutuu eikä kukaan kanna kokonaisuutta.',
      hmw: 'Miten voisimme antaa nuorelle yhden ohjaajan koko polulle?',
      evidenceCount: 5,
      participantCount: 3,
      sessionCount: 2,
      abilities: { edit: true, editQuestion: true },
    });
    expect(insight.evidence.map((e: { id: string }) => e.id)).toEqual([
      w.evidence.bertta.id,
      w.evidence.annaStory.id,
      w.evidence.annaWish.id,
      w.evidence.cecilia.id,
      w.evidence.fact.id,
    ]);
    expect(insight.evidence[0]).toEqual({
      id: w.evidence.bertta.id,
      kind: 'quote',
      text: 'Kukaan ei vastannut viikkoon, joten luovutin.',
      language: 'fi',
      withdrawn: false,
      session: { id: w.workshop.id, title: 'Yhteiskehittämisen työpaja', kind: 'workshop' },
      source: null,
      participantId: w.participants.bertta.id,
      participantCode: 'H-002',
      consentStatus: 'valid',
    });
    expect(insight.evidence[4]).toMatchObject({
      kind: 'fact',
      session: null,
      source: { id: w.source.id, title: 'Nuorisotyöttömyys Lahdessa', kind: 'statistic' },
      participantCode: null,
      consentStatus: null,
    });

    // A second insight without a board: the list has both, the board's filter one.
    await post(w.session, `${w.base}/insights`, {
      statement: 'Ohjaajien hiljainen tieto ei siirry kirjauksiin.',
      evidenceIds: [w.evidence.cecilia.id],
    });
    const list = (await call(app, w.session, 'GET', `${w.base}/insights`)).json().items;
    expect(list.map((i: { statement: string }) => i.statement)).toEqual([
      'Ohjaajien hiljainen tieto ei siirry kirjauksiin.',
      'Nuoret uupuvat, kun palvelu pirstoutuu eikä kukaan kanna kokonaisuutta.',
    ]);
    expect(list[0]).toMatchObject({
      boardId: null,
      groupId: null,
      hmw: '',
      evidenceCount: 1,
      participantCount: 1,
      sessionCount: 1,
    });
    expect(list[1]).not.toHaveProperty('evidence');
    const onBoard = (await call(app, w.session, 'GET', `${w.base}/insights?boardId=${boardId}`))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(onBoard).toEqual([insight.id]);

    // The board goes; the insight stays, no longer pointing at it.
    expect((await call(app, w.session, 'DELETE', `${w.base}/boards/${boardId}`)).statusCode).toBe(
      204,
    );
    const after = (await call(app, w.session, 'GET', `${w.base}/insights/${insight.id}`)).json();
    expect(after).toMatchObject({ boardId: null, groupId, evidenceCount: 5 });
  });

  it('are edited, lose an evidence item, and are deleted while their evidence stays', async () => {
    const w = await projectWithResearch();
    const insight = await post(w.session, `${w.base}/insights`, {
      statement: 'Ensimmäinen yhteydenotto ratkaisee.',
      evidenceIds: [w.evidence.annaStory.id, w.evidence.bertta.id, w.evidence.cecilia.id],
    });
    const url = `${w.base}/insights/${insight.id}`;
    const edited = await call(app, w.session, 'PATCH', url, {
      version: insight.version,
      hmw: 'Miten voisimme vastata jokaiseen yhteydenottoon viikon sisällä?',
      evidenceIds: [w.evidence.annaStory.id, w.evidence.bertta.id],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      statement: 'Ensimmäinen yhteydenotto ratkaisee.',
      hmw: 'Miten voisimme vastata jokaiseen yhteydenottoon viikon sisällä?',
      evidenceCount: 2,
      participantCount: 2,
      sessionCount: 2,
    });
    expect(Date.parse(edited.json().updatedAt)).toBeGreaterThan(Date.parse(insight.updatedAt));
    const renamed = await call(app, w.session, 'PATCH', url, {
      statement: 'Vastaus viikossa.',
      version: edited.json().version,
    });
    expect(renamed.json()).toMatchObject({ statement: 'Vastaus viikossa.', evidenceCount: 2 });

    // An edit made on a version someone has changed since is refused, and changes nothing.
    const stale = await call(app, w.session, 'PATCH', url, {
      evidenceIds: [w.evidence.annaStory.id],
      version: edited.json().version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('edit_conflict');
    expect((await call(app, w.session, 'GET', url)).json()).toMatchObject({ evidenceCount: 2 });

    // Deleting evidence in the repository takes it out of the insight.
    await call(app, w.session, 'DELETE', `${w.base}/evidence/${w.evidence.bertta.id}`);
    expect((await call(app, w.session, 'GET', url)).json()).toMatchObject({
      evidenceCount: 1,
      participantCount: 1,
      sessionCount: 1,
    });

    expect((await call(app, w.session, 'DELETE', url)).statusCode).toBe(204);
    expect((await call(app, w.session, 'GET', url)).statusCode).toBe(404);
    expect((await call(app, w.session, 'DELETE', url)).statusCode).toBe(404);
    expect(
      (await call(app, w.session, 'PATCH', url, { version: 1, statement: 'x' })).statusCode,
    ).toBe(404);
    const kept = await call(app, w.session, 'GET', `${w.base}/evidence/${w.evidence.annaStory.id}`);
    expect(kept.statusCode).toBe(200);
  });

  it('are hidden from other organisations, read by viewers and written by the team', async () => {
    const w = await projectWithResearch();
    const insight = await post(w.session, `${w.base}/insights`, {
      statement: 'Oma ohjaaja saa asiat liikkeelle.',
      evidenceIds: [w.evidence.annaWish.id],
    });
    const url = `${w.base}/insights/${insight.id}`;
    const before = await insightCount(w.project.id);

    const other = await adminOfNewOrganisation(app);
    const viewer = await buildUser(app, { organisationId: w.org.id, role: 'viewer' });
    const offTeam = await buildUser(app, { organisationId: w.org.id, role: 'member' });
    const onTeam = await buildUser(app, { organisationId: w.org.id, role: 'member' });
    await addToTeam(app, w.project.id, viewer.id);
    await addToTeam(app, w.project.id, onTeam.id);
    const asViewer = await sessionFor(app, viewer.id);
    const asOffTeam = await sessionFor(app, offTeam.id);
    const asOnTeam = await sessionFor(app, onTeam.id);
    const write = { statement: 'Uusi', evidenceIds: [w.evidence.annaWish.id] };

    for (const outsider of [other.session, asOffTeam]) {
      expect((await call(app, outsider, 'GET', `${w.base}/insights`)).statusCode).toBe(404);
      expect((await call(app, outsider, 'GET', url)).statusCode).toBe(404);
      expect((await call(app, outsider, 'POST', `${w.base}/insights`, write)).statusCode).toBe(404);
      expect(
        (await call(app, outsider, 'PATCH', url, { version: 1, statement: 'x' })).statusCode,
      ).toBe(404);
      expect((await call(app, outsider, 'DELETE', url)).statusCode).toBe(404);
    }
    // An insight of another organisation's project is unseen even through one's own project.
    const theirs = await buildProject(app, {
      organisationId: other.org.id,
      creatorId: other.admin.id,
    });
    expect(
      (
        await call(
          app,
          other.session,
          'GET',
          `/api/v1/projects/${theirs.id}/insights/${insight.id}`,
        )
      ).statusCode,
    ).toBe(404);

    const read = await call(app, asViewer, 'GET', url);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ edit: false, editQuestion: false });
    expect((await call(app, asViewer, 'POST', `${w.base}/insights`, write)).statusCode).toBe(403);
    expect(
      (await call(app, asViewer, 'PATCH', url, { version: 1, statement: 'x' })).statusCode,
    ).toBe(403);
    expect((await call(app, asViewer, 'DELETE', url)).statusCode).toBe(403);
    expect(await insightCount(w.project.id)).toBe(before);

    expect((await call(app, asOnTeam, 'GET', url)).json().abilities).toEqual({
      edit: true,
      editQuestion: true,
    });
    expect((await call(app, asOnTeam, 'POST', `${w.base}/insights`, write)).statusCode).toBe(201);

    // An archived project is read-only until restored.
    await post(w.session, `/api/v1/projects/${w.project.id}/archive`, {});
    const archived = await call(app, w.session, 'GET', url);
    expect(archived.json().abilities).toEqual({ edit: false, editQuestion: false });
    for (const response of [
      await call(app, w.session, 'POST', `${w.base}/insights`, write),
      await call(app, w.session, 'PATCH', url, { version: 1, statement: 'x' }),
      await call(app, w.session, 'DELETE', url),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('project_archived');
    }
  });

  it('cite only evidence and boards of their own project', async () => {
    const w = await projectWithResearch();
    const elsewhere = await projectWithResearch();
    const before = await insightCount(w.project.id);
    const foreignBoard = await createBoard(app.database.db, {
      actorUserId: elsewhere.admin.id,
      projectId: elsewhere.project.id,
      title: 'Toisen projektin taulu',
    });
    for (const body of [
      { statement: 'Vieras', evidenceIds: [elsewhere.evidence.annaStory.id] },
      { statement: 'Vieras', evidenceIds: [w.evidence.annaStory.id, crypto.randomUUID()] },
      { statement: 'Vieras', evidenceIds: [w.evidence.annaStory.id], boardId: foreignBoard },
    ]) {
      const response = await call(app, w.session, 'POST', `${w.base}/insights`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    const insight = await post(w.session, `${w.base}/insights`, {
      statement: 'Oma',
      evidenceIds: [w.evidence.annaStory.id],
    });
    const patch = await call(app, w.session, 'PATCH', `${w.base}/insights/${insight.id}`, {
      version: insight.version,
      evidenceIds: [w.evidence.annaStory.id, elsewhere.evidence.bertta.id],
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (await call(app, w.session, 'GET', `${w.base}/insights/${insight.id}`)).json().evidenceCount,
    ).toBe(1);
    // Another project's insight is not found through this project.
    const theirs = await post(elsewhere.session, `${elsewhere.base}/insights`, {
      statement: 'Toisen',
      evidenceIds: [elsewhere.evidence.annaStory.id],
    });
    expect((await call(app, w.session, 'GET', `${w.base}/insights/${theirs.id}`)).statusCode).toBe(
      404,
    );
    expect(await insightCount(w.project.id)).toBe(before + 2);
  });

  it('refuse bad input with localized field errors and write nothing', async () => {
    const w = await projectWithResearch();
    await call(app, w.session, 'PATCH', '/api/v1/account', { locale: 'sv' });
    const before = await insightCount(w.project.id);
    const id = w.evidence.annaStory.id;
    const cases: [unknown, { path: string; message: string }[]][] = [
      [
        { statement: '   ', hmw: 'x'.repeat(501), evidenceIds: [] },
        [
          { path: 'statement', message: 'Värdet är för kort.' },
          { path: 'hmw', message: 'Värdet är för långt (högst 500).' },
          { path: 'evidenceIds', message: 'Värdet är för litet.' },
        ],
      ],
      [
        { statement: 'Kahdesti', evidenceIds: [id, id] },
        [{ path: 'evidenceIds', message: 'Värdet är ogiltigt.' }],
      ],
      [
        { statement: 'Ilman taulua', evidenceIds: [id], groupId: crypto.randomUUID() },
        [{ path: 'groupId', message: 'Värdet är ogiltigt.' }],
      ],
      [
        {
          statement: 'Liikaa',
          evidenceIds: Array.from({ length: 2001 }, () => crypto.randomUUID()),
        },
        [{ path: 'evidenceIds', message: 'Värdet är för stort (högst 2000).' }],
      ],
      [
        { statement: 'x'.repeat(1001), evidenceIds: ['ei-tunniste'], extra: true },
        [
          { path: 'statement', message: 'Värdet är för långt (högst 1000).' },
          { path: 'evidenceIds.0', message: 'Värdet har fel format.' },
          { path: '', message: 'Okänt fält: extra.' },
        ],
      ],
    ];
    for (const [body, errors] of cases) {
      const response = await call(app, w.session, 'POST', `${w.base}/insights`, body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed', errors });
    }
    const insight = await post(w.session, `${w.base}/insights`, {
      statement: 'Kelpaa',
      evidenceIds: [id],
    });
    const url = `${w.base}/insights/${insight.id}`;
    for (const body of [{}, { statement: '' }, { evidenceIds: [] }, { boardId: null }]) {
      const response = await call(app, w.session, 'PATCH', url, { ...body, version: 1 });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    expect(await insightCount(w.project.id)).toBe(before + 2);
    expect((await call(app, w.session, 'GET', url)).json()).toMatchObject({
      statement: 'Kelpaa',
      evidenceCount: 1,
    });
  });

  it('keep evidence whose consent ended, and show erased evidence as withdrawn', async () => {
    const w = await projectWithResearch();
    // Consent withdrawn later: what was collected with consent is still citable.
    await post(w.session, `${w.base}/participants/${w.participants.cecilia.id}/consent/withdraw`, {
      withdrawnOn: '2026-11-20',
    });
    const insight = await post(w.session, `${w.base}/insights`, {
      statement: 'Palvelun pirstaleisuus uuvuttaa.',
      evidenceIds: [w.evidence.annaStory.id, w.evidence.bertta.id, w.evidence.cecilia.id],
    });
    expect(insight).toMatchObject({ participantCount: 3, sessionCount: 2 });
    expect(insight.evidence[2]).toMatchObject({ withdrawn: false, consentStatus: 'withdrawn' });

    // Bertta is erased: her words are gone, the insight shows where they were.
    await post(w.session, `${w.base}/participants/${w.participants.bertta.id}/erase`, {});
    const url = `${w.base}/insights/${insight.id}`;
    const after = (await call(app, w.session, 'GET', url)).json();
    expect(after).toMatchObject({ evidenceCount: 3, participantCount: 2, sessionCount: 2 });
    expect(after.evidence[1]).toMatchObject({
      id: w.evidence.bertta.id,
      withdrawn: true,
      text: '',
      participantCode: 'H-002',
    });
    expect(JSON.stringify(after)).not.toContain('luovutin');
    const listed = (await call(app, w.session, 'GET', `${w.base}/insights`)).json().items[0];
    expect(listed).toMatchObject({ evidenceCount: 3, participantCount: 2 });

    // Anna too: only Cecilia's workshop evidence still stands behind it.
    await post(w.session, `${w.base}/participants/${w.participants.anna.id}/erase`, {});
    expect((await call(app, w.session, 'GET', url)).json()).toMatchObject({
      participantCount: 1,
      sessionCount: 1,
    });

    // Withdrawn evidence is not cited anew, in any language; what is cited already may stay.
    const before = await insightCount(w.project.id);
    for (const [language, title] of [
      ['fi', 'Osa valitusta evidenssistä on poistettu osallistujan pyynnöstä'],
      ['sv', 'En del av den valda evidensen har raderats på deltagarens begäran'],
      ['en', "Some of the chosen evidence was removed at the participant's request"],
    ] as const) {
      await call(app, w.session, 'PATCH', '/api/v1/account', { locale: language });
      const refused = await call(app, w.session, 'POST', `${w.base}/insights`, {
        statement: 'Uusi',
        evidenceIds: [w.evidence.cecilia.id, w.evidence.bertta.id],
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json().code).toBe('evidence_withdrawn');
      expect(refused.json().title).toContain(title);
    }
    expect(await insightCount(w.project.id)).toBe(before);
    const kept = await call(app, w.session, 'PATCH', url, {
      version: insight.version,
      evidenceIds: [w.evidence.bertta.id, w.evidence.cecilia.id],
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ evidenceCount: 2, participantCount: 1 });
    const readded = await call(app, w.session, 'PATCH', url, {
      version: kept.json().version,
      evidenceIds: [w.evidence.bertta.id, w.evidence.cecilia.id, w.evidence.annaWish.id],
    });
    expect(readded.statusCode).toBe(409);
    expect(readded.json().code).toBe('evidence_withdrawn');
  });
});
