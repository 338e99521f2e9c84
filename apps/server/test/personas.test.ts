import { describe, expect, it } from 'vitest';
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

// A word no other test or project writes, so a scan of the whole database finds only its rows.
const markerWord = () =>
  `Lakkasuo${Array.from({ length: 8 }, () => 'bdfghjklmnprstv'[Math.floor(Math.random() * 15)]).join('')}`;

/**
 * A project with research: an interview with Anna, a workshop with Bertta and Cecilia, evidence
 * from each of them (Bertta's carries the marker word) and a fact from a desk-research source.
 */
async function projectWithResearch() {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const base = `/api/v1/projects/${project.id}`;
  const marker = markerWord();
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
    bertta: await said(`${marker}: kukaan ei vastannut viikkoon.`, bertta.id, workshop.id),
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
    marker,
    participants: { anna, bertta, cecilia },
    interview,
    workshop,
    source,
    evidence,
  };
}

type World = Awaited<ReturnType<typeof projectWithResearch>>;

/** A persona of the KUNTO kind: needs and frustrations cite the people who said them. */
const personaOf = (w: World) => ({
  name: 'Niko Mäkelä',
  segment: 'Alle 30-vuotiaat työnhakijat',
  needs: ['Yksi ohjaaja koko palvelupolulle', 'Tieto seuraavasta askeleesta'],
  goals: ['Työpaikka tai opiskelupaikka vuoden sisällä'],
  frustrations: ['Saman tarinan kertominen monelle ihmiselle', 'Vastausta saa odottaa viikkoja'],
  quote: 'Haluan tietää, kuka hoitaa asiaani.',
  story: 'Niko kävi työpajoissa ja haastatteluissa, mutta kokonaisuus jäi hämäräksi.',
  avatar: { kind: 'icon', icon: 'youth' },
  citations: {
    needs: [w.evidence.annaWish.id, w.evidence.cecilia.id],
    frustrations: [w.evidence.annaStory.id, w.evidence.bertta.id],
    quote: [w.evidence.annaWish.id],
    segment: [w.evidence.fact.id],
  },
});

async function personaCount(projectId: string): Promise<number> {
  const { rows } = await app.database.pool.query(
    `select (select count(*) from personas where project_id = $1)::int
          + (select count(*) from persona_citations c join personas p on p.id = c.persona_id
              where p.project_id = $1)::int as n`,
    [projectId],
  );
  return rows[0].n as number;
}

describe('personas', () => {
  it('cite evidence per field, resolved to sessions and participants, counted once each', async () => {
    const w = await projectWithResearch();
    const created = await call(app, w.session, 'POST', `${w.base}/personas`, personaOf(w));
    expect(created.statusCode, created.body).toBe(201);
    const persona = created.json();
    expect(persona).toMatchObject({
      projectId: w.project.id,
      kind: 'persona',
      name: 'Niko Mäkelä',
      initials: 'NM',
      avatar: { kind: 'icon', icon: 'youth' },
      segment: 'Alle 30-vuotiaat työnhakijat',
      needs: ['Yksi ohjaaja koko palvelupolulle', 'Tieto seuraavasta askeleesta'],
      goals: ['Työpaikka tai opiskelupaikka vuoden sisällä'],
      language: 'fi',
      // annaWish is cited by two fields and counted once.
      evidenceCount: 5,
      participantCount: 3,
      sessionCount: 2,
      abilities: { edit: true },
    });
    expect(persona.citations).toEqual({
      segment: [w.evidence.fact.id],
      needs: [w.evidence.annaWish.id, w.evidence.cecilia.id],
      goals: [],
      frustrations: [w.evidence.annaStory.id, w.evidence.bertta.id],
      quote: [w.evidence.annaWish.id],
      story: [],
    });
    // Every citation resolves to an evidence item of the response, with where it came from.
    const byId = new Map(persona.evidence.map((e: { id: string }) => [e.id, e]));
    for (const ids of Object.values(persona.citations) as string[][])
      for (const id of ids) expect(byId.has(id), id).toBe(true);
    expect(persona.evidence.map((e: { id: string }) => e.id)).toEqual([
      w.evidence.fact.id,
      w.evidence.annaWish.id,
      w.evidence.cecilia.id,
      w.evidence.annaStory.id,
      w.evidence.bertta.id,
    ]);
    expect(byId.get(w.evidence.cecilia.id)).toEqual({
      id: w.evidence.cecilia.id,
      kind: 'quote',
      text: 'Kirjauksiin jää vain, mihin ohjattiin.',
      language: 'fi',
      withdrawn: false,
      session: { id: w.workshop.id, title: 'Yhteiskehittämisen työpaja', kind: 'workshop' },
      source: null,
      participantId: w.participants.cecilia.id,
      participantCode: 'H-003',
      consentStatus: 'valid',
    });
    expect(byId.get(w.evidence.fact.id)).toMatchObject({
      session: null,
      source: { id: w.source.id, title: 'Nuorisotyöttömyys Lahdessa', kind: 'statistic' },
      participantCode: null,
    });

    // A customer story with initials and no citations yet: listed first, with its counts.
    await post(w.session, `${w.base}/personas`, {
      kind: 'customer_story',
      name: 'Äidin asiakastarina',
      story: 'Äiti soitti neuvontaan kolme kertaa.',
      language: 'fi',
    });
    const list = (await call(app, w.session, 'GET', `${w.base}/personas`)).json().items;
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      kind: 'customer_story',
      name: 'Äidin asiakastarina',
      avatar: { kind: 'initials' },
      initials: 'ÄA',
      evidenceCount: 0,
      participantCount: 0,
    });
    expect(list[1]).toMatchObject({ name: 'Niko Mäkelä', evidenceCount: 5, participantCount: 3 });
    expect(list[1]).not.toHaveProperty('evidence');
    expect(list[1]).not.toHaveProperty('story');
  });

  it('are edited, lose evidence deleted from the repository, and are deleted while evidence stays', async () => {
    const w = await projectWithResearch();
    const persona = await post(w.session, `${w.base}/personas`, personaOf(w));
    const url = `${w.base}/personas/${persona.id}`;
    const edited = await call(app, w.session, 'PATCH', url, {
      version: persona.version,
      name: 'Niko M.',
      avatar: { kind: 'initials' },
      goals: [],
      citations: { needs: [w.evidence.annaWish.id], story: [w.evidence.bertta.id] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      name: 'Niko M.',
      initials: 'NM',
      avatar: { kind: 'initials' },
      goals: [],
      // Untouched fields keep their words.
      segment: 'Alle 30-vuotiaat työnhakijat',
      quote: 'Haluan tietää, kuka hoitaa asiaani.',
      citations: { needs: [w.evidence.annaWish.id], story: [w.evidence.bertta.id], quote: [] },
      evidenceCount: 2,
      participantCount: 2,
      sessionCount: 2,
    });
    expect(Date.parse(edited.json().updatedAt)).toBeGreaterThan(Date.parse(persona.updatedAt));

    await call(app, w.session, 'DELETE', `${w.base}/evidence/${w.evidence.bertta.id}`);
    expect((await call(app, w.session, 'GET', url)).json()).toMatchObject({
      citations: { story: [] },
      evidenceCount: 1,
      participantCount: 1,
    });

    expect((await call(app, w.session, 'DELETE', url)).statusCode).toBe(204);
    expect((await call(app, w.session, 'GET', url)).statusCode).toBe(404);
    expect((await call(app, w.session, 'DELETE', url)).statusCode).toBe(404);
    expect((await call(app, w.session, 'PATCH', url, { version: 1, name: 'x' })).statusCode).toBe(
      404,
    );
    const kept = await call(app, w.session, 'GET', `${w.base}/evidence/${w.evidence.annaWish.id}`);
    expect(kept.statusCode).toBe(200);
  });

  it('are hidden from other organisations, read by viewers and written by the team', async () => {
    const w = await projectWithResearch();
    const persona = await post(w.session, `${w.base}/personas`, personaOf(w));
    const url = `${w.base}/personas/${persona.id}`;
    const before = await personaCount(w.project.id);

    const other = await adminOfNewOrganisation(app);
    const viewer = await buildUser(app, { organisationId: w.org.id, role: 'viewer' });
    const offTeam = await buildUser(app, { organisationId: w.org.id, role: 'member' });
    const onTeam = await buildUser(app, { organisationId: w.org.id, role: 'member' });
    await addToTeam(app, w.project.id, viewer.id);
    await addToTeam(app, w.project.id, onTeam.id);
    const asViewer = await sessionFor(app, viewer.id);
    const asOffTeam = await sessionFor(app, offTeam.id);
    const asOnTeam = await sessionFor(app, onTeam.id);
    const write = { name: 'Uusi persona', citations: { needs: [w.evidence.annaWish.id] } };

    for (const outsider of [other.session, asOffTeam]) {
      expect((await call(app, outsider, 'GET', `${w.base}/personas`)).statusCode).toBe(404);
      expect((await call(app, outsider, 'GET', url)).statusCode).toBe(404);
      expect((await call(app, outsider, 'POST', `${w.base}/personas`, write)).statusCode).toBe(404);
      expect((await call(app, outsider, 'PATCH', url, { version: 1, name: 'x' })).statusCode).toBe(
        404,
      );
      expect((await call(app, outsider, 'DELETE', url)).statusCode).toBe(404);
    }
    // A persona of another organisation's project is unseen even through one's own project.
    const theirs = await buildProject(app, {
      organisationId: other.org.id,
      creatorId: other.admin.id,
    });
    const foreign = `/api/v1/projects/${theirs.id}/personas/${persona.id}`;
    expect((await call(app, other.session, 'GET', foreign)).statusCode).toBe(404);
    expect(
      (await call(app, other.session, 'PATCH', foreign, { version: 1, name: 'x' })).statusCode,
    ).toBe(404);
    expect((await call(app, other.session, 'DELETE', foreign)).statusCode).toBe(404);

    const read = await call(app, asViewer, 'GET', url);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ edit: false });
    expect((await call(app, asViewer, 'POST', `${w.base}/personas`, write)).statusCode).toBe(403);
    expect((await call(app, asViewer, 'PATCH', url, { version: 1, name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await call(app, asViewer, 'DELETE', url)).statusCode).toBe(403);
    expect(await personaCount(w.project.id)).toBe(before);

    expect((await call(app, asOnTeam, 'GET', url)).json().abilities).toEqual({ edit: true });
    expect((await call(app, asOnTeam, 'POST', `${w.base}/personas`, write)).statusCode).toBe(201);

    // An archived project is read-only until restored.
    await post(w.session, `/api/v1/projects/${w.project.id}/archive`, {});
    expect((await call(app, w.session, 'GET', url)).json().abilities).toEqual({ edit: false });
    for (const response of [
      await call(app, w.session, 'POST', `${w.base}/personas`, write),
      await call(app, w.session, 'PATCH', url, { version: 1, name: 'x' }),
      await call(app, w.session, 'DELETE', url),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('project_archived');
    }
  });

  it('cite only evidence of their own project', async () => {
    const w = await projectWithResearch();
    const elsewhere = await projectWithResearch();
    const before = await personaCount(w.project.id);
    for (const citations of [
      { needs: [elsewhere.evidence.annaStory.id] },
      { needs: [w.evidence.annaStory.id], quote: [crypto.randomUUID()] },
    ]) {
      const response = await call(app, w.session, 'POST', `${w.base}/personas`, {
        name: 'Vieras',
        citations,
      });
      expect(response.statusCode, JSON.stringify(citations)).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    const persona = await post(w.session, `${w.base}/personas`, {
      name: 'Oma',
      citations: { needs: [w.evidence.annaStory.id] },
    });
    const patch = await call(app, w.session, 'PATCH', `${w.base}/personas/${persona.id}`, {
      version: persona.version,
      citations: { needs: [w.evidence.annaStory.id], goals: [elsewhere.evidence.bertta.id] },
    });
    expect(patch.statusCode).toBe(404);
    const theirs = await post(elsewhere.session, `${elsewhere.base}/personas`, { name: 'Toisen' });
    expect((await call(app, w.session, 'GET', `${w.base}/personas/${theirs.id}`)).statusCode).toBe(
      404,
    );
    expect(await personaCount(w.project.id)).toBe(before + 2);
  });

  it('refuse bad input with localized field errors and write nothing', async () => {
    const w = await projectWithResearch();
    await call(app, w.session, 'PATCH', '/api/v1/account', { locale: 'sv' });
    const before = await personaCount(w.project.id);
    const id = w.evidence.annaStory.id;
    const cases: [unknown, { path: string; message: string }[]][] = [
      [
        { name: '  ', needs: ['ok', ' '], quote: 'x'.repeat(501) },
        [
          { path: 'name', message: 'Värdet är för kort.' },
          { path: 'needs.1', message: 'Värdet är för kort.' },
          { path: 'quote', message: 'Värdet är för långt (högst 500).' },
        ],
      ],
      [
        { name: 'Kahdesti', citations: { needs: [id, id] } },
        [{ path: 'citations.needs', message: 'Värdet är ogiltigt.' }],
      ],
      [
        { name: 'Kasvokuva', avatar: { kind: 'photo', url: 'https://example.fi/kasvot.jpg' } },
        [{ path: 'avatar.kind', message: 'Värdet är ogiltigt.' }],
      ],
      [
        { name: 'Tuntematon', citations: { hobbies: [id] }, kind: 'journey' },
        [
          { path: 'kind', message: 'Värdet är inte tillåtet.' },
          { path: 'citations', message: 'Okänt fält: hobbies.' },
        ],
      ],
      [
        { name: 'Liikaa', goals: Array.from({ length: 21 }, (_, i) => `Tavoite ${i}`) },
        [{ path: 'goals', message: 'Värdet är för stort (högst 20).' }],
      ],
    ];
    for (const [body, errors] of cases) {
      const response = await call(app, w.session, 'POST', `${w.base}/personas`, body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed', errors });
    }
    const persona = await post(w.session, `${w.base}/personas`, { name: 'Kelpaa' });
    const url = `${w.base}/personas/${persona.id}`;
    for (const body of [{}, { name: '' }, { avatar: { kind: 'icon' } }, { projectId: id }]) {
      const response = await call(app, w.session, 'PATCH', url, { ...body, version: 1 });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    expect(await personaCount(w.project.id)).toBe(before + 1);
    expect((await call(app, w.session, 'GET', url)).json()).toMatchObject({ name: 'Kelpaa' });
  });

  it('stay whole when a participant is erased: their citations show withdrawn, no words kept', async () => {
    const w = await projectWithResearch();
    const persona = await post(w.session, `${w.base}/personas`, personaOf(w));
    const url = `${w.base}/personas/${persona.id}`;

    await post(w.session, `${w.base}/participants/${w.participants.bertta.id}/erase`, {});
    const after = await call(app, w.session, 'GET', url);
    expect(after.statusCode).toBe(200);
    const erased = after.json();
    // The persona's own words and every citation stay; Bertta's evidence is withdrawn.
    expect(erased).toMatchObject({
      name: 'Niko Mäkelä',
      frustrations: persona.frustrations,
      citations: persona.citations,
      evidenceCount: 5,
      participantCount: 2,
      sessionCount: 2,
    });
    const withdrawn = erased.evidence.find((e: { id: string }) => e.id === w.evidence.bertta.id);
    expect(withdrawn).toMatchObject({ withdrawn: true, text: '', participantCode: 'H-002' });
    expect(erased.evidence.filter((e: { withdrawn: boolean }) => e.withdrawn)).toHaveLength(1);
    expect(JSON.stringify(erased)).not.toContain(w.marker);
    expect((await call(app, w.session, 'GET', `${w.base}/personas`)).json().items[0]).toMatchObject(
      { evidenceCount: 5, participantCount: 2 },
    );

    // No table keeps the erased words: a persona cites evidence and never copies it.
    const { rows: columns } = await app.database.pool.query<{
      table_name: string;
      column_name: string;
    }>(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and (data_type in ('text', 'jsonb', 'tsvector', 'character varying')
          or udt_name = '_text')`,
    );
    for (const { table_name, column_name } of columns) {
      const { rows } = await app.database.pool.query(
        `select count(*)::int as n from "${table_name}" where "${column_name}"::text ilike $1`,
        [`%${w.marker}%`],
      );
      expect(rows[0].n, `${w.marker} in ${table_name}.${column_name}`).toBe(0);
    }

    // Withdrawn evidence is not cited anew; what a field cites already may stay or move.
    const refused = await call(app, w.session, 'POST', `${w.base}/personas`, {
      name: 'Uusi',
      citations: { needs: [w.evidence.bertta.id] },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('evidence_withdrawn');
    const moved = await call(app, w.session, 'PATCH', url, {
      version: persona.version,
      citations: { goals: [w.evidence.bertta.id], needs: [w.evidence.cecilia.id] },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ evidenceCount: 2, participantCount: 1 });
  });

  it('join the project search, found through Finnish base forms and compound parts', async () => {
    const w = await projectWithResearch();
    const persona = await post(w.session, `${w.base}/personas`, personaOf(w));
    const search = async (query: string) =>
      (await call(app, w.session, 'GET', `${w.base}/search?${query}`)).json().items as {
        type: string;
        id: string;
        title: string;
        snippet: string;
      }[];
    // "polku" finds "palvelupolulle" in a need; "työpaja" finds "työpajoissa" in the story.
    for (const q of ['polku', 'työpaja']) {
      const hits = await search(`q=${encodeURIComponent(q)}&type=persona`);
      expect(
        hits.map((h) => [h.type, h.id, h.title]),
        q,
      ).toEqual([['persona', persona.id, 'Niko Mäkelä']]);
      expect(hits[0]?.snippet).toContain('\u0002');
    }
    // Among all types too, and never through a filter that only research material has.
    expect((await search('q=palvelupolku')).some((h) => h.id === persona.id)).toBe(true);
    expect((await search(`q=polku&sessionKind=interview`)).some((h) => h.id === persona.id)).toBe(
      false,
    );
    // Its words change with it.
    await call(app, w.session, 'PATCH', `${w.base}/personas/${persona.id}`, {
      version: persona.version,
      needs: ['Selkeä aikataulu'],
      story: '',
    });
    expect(await search('q=polku&type=persona')).toEqual([]);
    expect((await search('q=aikataulu&type=persona')).map((h) => h.id)).toEqual([persona.id]);
  });
});
