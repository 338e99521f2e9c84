import { addEvidenceCards } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import {
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  type Session,
  adminOfNewOrganisation,
} from './harness.ts';
import { storeLiveDocument } from '../src/collab/stored-document.ts';
import { boardStorage } from '../src/modules/synthesis/board-storage.ts';

const app = await startTestApp();

const consent = (overrides: Record<string, unknown> = {}) => ({
  purpose: 'Haastattelu työllisyyspalvelujen kehittämiseksi',
  givenOn: '2026-11-01',
  method: 'written',
  ...overrides,
});

async function researchProject() {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const base = `/api/v1/projects/${project.id}`;
  return { org, admin, session, project, base };
}

async function post(session: Session, url: string, body: unknown) {
  const response = await call(app, session, 'POST', url, body);
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  return response.json();
}

describe('participants and consent', () => {
  it('gives pseudonymous codes, keeps contact details apart and audits every view of them', async () => {
    const { session, base, org } = await researchProject();
    const first = await post(session, `${base}/participants`, {
      kind: 'customer',
      segment: 'Alle 30-vuotiaat',
      attributes: { ikäryhmä: '18–29', alue: 'Liipola' },
      consent: consent({ expiresOn: '2027-12-31' }),
      contact: { name: 'Maija Meikäläinen', phone: '040 123 4567', email: 'maija@example.fi' },
    });
    const second = await post(session, `${base}/participants`, {
      kind: 'staff',
      consent: consent(),
    });
    expect([first.code, second.code]).toEqual(['H-001', 'H-002']);
    expect(first).toMatchObject({ consentStatus: 'valid', hasContact: true, erased: false });
    expect(JSON.stringify(first)).not.toContain('Maija');

    const contact = await call(app, session, 'GET', `${base}/participants/${first.id}/contact`);
    expect(contact.json()).toEqual({
      name: 'Maija Meikäläinen',
      phone: '040 123 4567',
      email: 'maija@example.fi',
    });
    const audit = await app.database.pool.query(
      `select action, target_id, metadata from audit_log where organisation_id = $1 and action = 'participant.contact_viewed'`,
      [org.id],
    );
    expect(audit.rows).toEqual([
      { action: 'participant.contact_viewed', target_id: first.id, metadata: null },
    ]);
  });

  it('shows contact details only to the people doing the work', async () => {
    const { org, session, base, project } = await researchProject();
    const participant = await post(session, `${base}/participants`, {
      kind: 'customer',
      consent: consent(),
    });
    const customer = await buildUser(app, { organisationId: org.id, role: 'customer_member' });
    await app.database.pool.query(
      'insert into project_members (project_id, user_id) values ($1, $2)',
      [project.id, customer.id],
    );
    const asCustomer = await sessionFor(app, customer.id);
    expect(
      (await call(app, asCustomer, 'GET', `${base}/participants/${participant.id}`)).statusCode,
    ).toBe(200);
    expect(
      (await call(app, asCustomer, 'GET', `${base}/participants/${participant.id}/contact`))
        .statusCode,
    ).toBe(403);
  });

  it('marks expired and withdrawn consent, and then refuses new evidence for the participant', async () => {
    const { session, base } = await researchProject();
    const expired = await post(session, `${base}/participants`, {
      kind: 'customer',
      consent: consent({ expiresOn: '2025-01-31' }),
    });
    expect(expired.consentStatus).toBe('expired');
    const withdrawn = await post(session, `${base}/participants`, {
      kind: 'customer',
      consent: consent(),
    });
    const after = await post(session, `${base}/participants/${withdrawn.id}/consent/withdraw`, {
      withdrawnOn: '2026-11-20',
    });
    expect(after).toMatchObject({
      consentStatus: 'withdrawn',
      consent: { withdrawnOn: '2026-11-20' },
    });

    for (const participant of [expired, withdrawn]) {
      const refused = await call(app, session, 'POST', `${base}/evidence`, {
        kind: 'observation',
        text: 'Asiakas jonotti puhelinpalvelussa 40 minuuttia.',
        participantId: participant.id,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('consent_not_valid');
    }
    const renewed = await post(
      session,
      `${base}/participants/${expired.id}/consent`,
      consent({ givenOn: '2026-11-21' }),
    );
    expect(renewed.consentStatus).toBe('valid');
  });

  it('counts the evidence taken from each participant, as the evidence list shows it', async () => {
    const { session, base } = await researchProject();
    const [first, second, third] = [
      await post(session, `${base}/participants`, { kind: 'customer', consent: consent() }),
      await post(session, `${base}/participants`, { kind: 'customer', consent: consent() }),
      await post(session, `${base}/participants`, { kind: 'staff', consent: consent() }),
    ];
    for (const [participant, n] of [
      [first, 2],
      [second, 1],
    ] as const) {
      for (let i = 0; i < n; i++)
        await post(session, `${base}/evidence`, {
          kind: 'observation',
          text: `Havainto ${i + 1}: asiakas soitti kolme kertaa.`,
          participantId: participant.id,
        });
    }
    const counts = (await call(app, session, 'GET', `${base}/participants`))
      .json()
      .items.map((p: { code: string; evidenceCount: number }) => [p.code, p.evidenceCount]);
    expect(counts).toEqual([
      [first.code, 2],
      [second.code, 1],
      [third.code, 0],
    ]);
    const one = await call(app, session, 'GET', `${base}/participants/${first.id}`);
    expect(one.json().evidenceCount).toBe(2);
    const listed = await call(app, session, 'GET', `${base}/evidence?participantId=${first.id}`);
    expect(listed.json().total).toBe(2);
  });
});

describe('sessions, notes and evidence', () => {
  it('turns a passage of an interview note into evidence, keeping its text, place, session and participant', async () => {
    const { session, base, admin } = await researchProject();
    const participant = await post(session, `${base}/participants`, {
      kind: 'customer',
      consent: consent(),
    });
    const interview = await post(session, `${base}/sessions`, {
      kind: 'interview',
      title: 'Nuoren haastattelu',
      heldOn: '2026-11-05',
      place: 'Lahden työllisyyspalvelut',
      methodNotes: 'Haastattelurunko v2: arki, asiointi, toiveet.',
      facilitatorIds: [admin.id],
      participantIds: [participant.id],
    });
    expect(interview.participants).toEqual([
      { id: participant.id, code: 'H-001', consentStatus: 'valid' },
    ]);
    expect(interview.facilitators).toEqual([{ userId: admin.id, displayName: admin.displayName }]);

    const body =
      'Kävin kolmessa eri toimipisteessä. Palvelupolku oli sekava, enkä tiennyt kuka auttaa.';
    const note = await post(session, `${base}/sessions/${interview.id}/notes`, {
      body,
      participantId: participant.id,
    });
    const sessions = (await call(app, session, 'GET', `${base}/sessions`)).json().items;
    expect(sessions).toMatchObject([{ id: interview.id, noteCount: 1 }]);
    const start = body.indexOf('Palvelupolku');
    const end = body.length;
    const evidence = await post(session, `${base}/evidence`, {
      kind: 'quote',
      noteId: note.id,
      start,
      end,
    });
    expect(evidence).toMatchObject({
      text: 'Palvelupolku oli sekava, enkä tiennyt kuka auttaa.',
      noteStart: start,
      noteEnd: end,
      sessionId: interview.id,
      participantId: participant.id,
      participantCode: 'H-001',
      consentStatus: 'valid',
    });
    const outOfRange = await call(app, session, 'POST', `${base}/evidence`, {
      kind: 'quote',
      noteId: note.id,
      start: 5,
      end: 5000,
    });
    expect(outOfRange.statusCode).toBe(400);

    const source = await post(session, `${base}/sources`, {
      kind: 'future_trend',
      title: 'Nuorten työllisyyden tulevaisuus',
      author: 'Kuntaliitto',
      year: 2025,
      url: 'https://www.kuntaliitto.fi/',
    });
    const fact = await post(session, `${base}/evidence`, {
      kind: 'fact',
      text: 'Nuorisotyöttömyys on kasvanut.',
      sourceId: source.id,
    });
    expect(fact).toMatchObject({ sourceId: source.id, participantId: null, consentStatus: null });
  });

  it('keeps a note as rich text, and its evidence through edits and concurrent editors', async () => {
    const { session, base } = await researchProject();
    const interview = await post(session, `${base}/sessions`, {
      kind: 'interview',
      title: 'Yrittäjän haastattelu',
      heldOn: '2026-11-06',
    });
    const paragraph = (text: string, bold = false) => ({
      type: 'paragraph',
      content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }],
    });
    const content = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Luvat' }] },
        paragraph('Lupapiste oli hankala.', true),
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [paragraph('Soitin kolme kertaa.')] }],
        },
      ],
    };
    const note = await post(session, `${base}/sessions/${interview.id}/notes`, { content });
    expect(note.content).toEqual(content);
    expect(note.body).toBe('Luvat\nLupapiste oli hankala.\nSoitin kolme kertaa.');

    const quoted = 'Soitin kolme kertaa.';
    const start = note.body.indexOf(quoted);
    const quote = await post(session, `${base}/evidence`, {
      kind: 'quote',
      noteId: note.id,
      start,
      end: start + quoted.length,
      text: quoted,
    });
    const complaint = await post(session, `${base}/evidence`, {
      kind: 'observation',
      noteId: note.id,
      start: 6,
      end: 28,
    });

    // The heading grows: the quote after it moves along; the complaint's words change.
    const edited = structuredClone(content);
    edited.content[0] = {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Luvat ja ilmoitukset' }],
    };
    edited.content[1] = paragraph('Lupapiste oli helppo.');
    const saved = await call(app, session, 'PUT', `${base}/notes/${note.id}`, {
      title: 'Haastattelu',
      content: edited,
      version: note.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json();
    const moved = (await call(app, session, 'GET', `${base}/evidence/${quote.id}`)).json();
    expect(after.body.slice(moved.noteStart, moved.noteEnd)).toBe(quoted);
    expect(moved.noteStart).toBe(
      start + ' ja ilmoitukset'.length + 'helppo'.length - 'hankala'.length,
    );
    const detached = (await call(app, session, 'GET', `${base}/evidence/${complaint.id}`)).json();
    expect(detached).toMatchObject({
      text: 'Lupapiste oli hankala.',
      noteId: note.id,
      noteStart: null,
      noteEnd: null,
    });

    // An editor who read the earlier version is refused, and nothing changes.
    const stale = await call(app, session, 'PUT', `${base}/notes/${note.id}`, {
      content,
      version: note.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('edit_conflict');
    expect(stale.json().current).toEqual(after);
    const stalePassage = await call(app, session, 'POST', `${base}/evidence`, {
      kind: 'quote',
      noteId: note.id,
      start: 0,
      end: 5,
      text: 'Luvat',
    });
    expect(stalePassage.statusCode).toBe(201);
    const movedPassage = await call(app, session, 'POST', `${base}/evidence`, {
      kind: 'quote',
      noteId: note.id,
      start: 6,
      end: 28,
      text: 'Lupapiste oli hankala.',
    });
    expect(movedPassage.statusCode).toBe(409);
    expect((await call(app, session, 'GET', `${base}/notes/${note.id}`)).json()).toEqual(after);

    // Markup a note has no place for is refused.
    const script = await call(app, session, 'PUT', `${base}/notes/${note.id}`, {
      content: { type: 'doc', content: [{ type: 'html', text: '<script>' }] },
      version: after.version,
    });
    expect(script.statusCode).toBe(400);
  });

  it('lists evidence newest first a page at a time, without repeats or gaps', async () => {
    const { session, base } = await researchProject();
    const written: string[] = [];
    for (let i = 1; i <= 7; i++) {
      const item = await post(session, `${base}/evidence`, { kind: 'fact', text: `Havainto ${i}` });
      written.push(item.id);
    }
    const seen: string[] = [];
    const totals: (number | null)[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const page = (await call(app, session, 'GET', `${base}/evidence${query}`)).json();
      seen.push(...page.items.map((item: { id: string }) => item.id));
      totals.push(page.total);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...written].reverse());
    expect(totals).toEqual([7, null, null]);
    const tooMany = await call(app, session, 'GET', `${base}/evidence?limit=501`);
    expect(tooMany.statusCode).toBe(400);
  });

  it('keeps a codebook: tag, count, rename, merge and delete', async () => {
    const { session, base } = await researchProject();
    const a = await post(session, `${base}/evidence`, {
      kind: 'observation',
      text: 'Lomake oli vaikea löytää.',
    });
    const b = await post(session, `${base}/evidence`, {
      kind: 'observation',
      text: 'Ohjeet olivat epäselviä.',
    });
    const findability = await post(session, `${base}/tags`, { name: 'Löydettävyys' });
    const clarity = await post(session, `${base}/tags`, { name: 'Selkeys' });
    expect(
      (await call(app, session, 'POST', `${base}/tags`, { name: 'LÖYDETTÄVYYS' })).statusCode,
    ).toBe(409);

    await call(app, session, 'PUT', `${base}/evidence/${a.id}/tags`, {
      tagIds: [findability.id],
      version: a.version,
    });
    await call(app, session, 'PUT', `${base}/evidence/${b.id}/tags`, {
      tagIds: [clarity.id, findability.id],
      version: b.version,
    });
    const counts = (await call(app, session, 'GET', `${base}/tags`)).json().items;
    expect(counts).toEqual([
      { id: findability.id, name: 'Löydettävyys', evidenceCount: 2, version: 1 },
      { id: clarity.id, name: 'Selkeys', evidenceCount: 1, version: 1 },
    ]);
    expect(
      (
        await call(app, session, 'PATCH', `${base}/tags/${clarity.id}`, {
          name: 'Ymmärrettävyys',
          version: clarity.version,
        })
      ).json().name,
    ).toBe('Ymmärrettävyys');
    const merged = await post(session, `${base}/tags/${clarity.id}/merge`, {
      intoTagId: findability.id,
    });
    expect(merged).toEqual({
      id: findability.id,
      name: 'Löydettävyys',
      evidenceCount: 2,
      version: 1,
    });
    expect(
      (await call(app, session, 'GET', `${base}/evidence?tagId=${findability.id}`)).json().items,
    ).toHaveLength(2);
    expect((await call(app, session, 'DELETE', `${base}/tags/${findability.id}`)).statusCode).toBe(
      204,
    );
    expect(
      (await call(app, session, 'GET', `${base}/evidence`))
        .json()
        .items.every((e: { tags: unknown[] }) => e.tags.length === 0),
    ).toBe(true);
  });
});

describe('search', () => {
  it('finds Finnish words through inflection and compounds, with highlighted snippets and filters', async () => {
    const { session, base } = await researchProject();
    const workshop = await post(session, `${base}/sessions`, {
      kind: 'workshop',
      title: 'Tulevaisuustyöpaja',
      heldOn: '2026-10-01',
    });
    await post(session, `${base}/sessions/${workshop.id}/notes`, {
      body: 'Työpajoissa nousi esiin, että asiakkaiden palvelupoluilla on katkoksia.',
    });
    await post(session, `${base}/evidence`, {
      kind: 'quote',
      text: 'Palvelupolku katkeaa, kun asiakas siirtyy yksiköstä toiseen.',
    });
    await post(session, `${base}/sources`, {
      kind: 'report',
      title: 'Työllisyyspalvelujen asiakaskokemus',
      summary: 'Asiakas kokee palvelun pirstaleisena.',
    });

    const search = async (query: string) =>
      (await call(app, session, 'GET', `${base}/search?${query}`)).json().items as {
        type: string;
        snippet: string;
      }[];
    expect((await search('q=työpaja')).map((h) => h.type)).toEqual(['note']);
    expect((await search('q=polku')).map((h) => h.type).sort()).toEqual(['evidence', 'note']);
    expect((await search('q=asiakas')).map((h) => h.type).sort()).toEqual([
      'evidence',
      'note',
      'source',
    ]);
    expect((await search('q=asiakas&type=source')).map((h) => h.type)).toEqual(['source']);
    expect((await search('q=asiakas&kind=quote')).map((h) => h.type)).toEqual(['evidence']);
    expect((await search('q=asiakas&sessionKind=workshop')).map((h) => h.type)).toEqual(['note']);
    expect(await search('q=asiakas&from=2026-10-02&type=note')).toEqual([]);
    const [note] = await search('q=työpajoissa&type=note');
    expect(note?.snippet).toContain('\u0002Työpajoissa\u0003');
    expect(note).toMatchObject({ language: 'fi', sessionId: workshop.id });
    // A compound found through its part is marked whole, which ts_headline alone cannot do.
    const [compound] = await search('q=polku&type=evidence');
    expect(compound?.snippet).toContain('\u0002Palvelupolku\u0003 katkeaa');
    expect(await search(`q=${encodeURIComponent("' & | ! :* ( ) \\")}`)).toEqual([]);
  });

  it('pages deep results with a cursor, without repeats or gaps', async () => {
    const { session, base } = await researchProject();
    for (let i = 0; i < 25; i++) {
      await post(session, `${base}/evidence`, {
        kind: 'observation',
        text: `Asiakas ${i} kertoi asioinnista ${'ja odottamisesta '.repeat(i % 4)}`,
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await call(
          app,
          session,
          'GET',
          `${base}/search?q=asiakas&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });
});

describe('privacy operations', () => {
  it('exports everything about a participant, then erases every trace of their words', async () => {
    const { session, base, org, admin, project } = await researchProject();
    const marker = 'Kirsikkapuistikko';
    const participant = await post(session, `${base}/participants`, {
      kind: 'customer',
      segment: 'Pienyrittäjät',
      attributes: { kaupunginosa: 'Vähä-Kivikkola' },
      consent: consent(),
      contact: { name: 'Erkki Esimerkki', phone: '050 765 4321', email: 'erkki@example.fi' },
    });
    const other = await post(session, `${base}/participants`, {
      kind: 'customer',
      consent: consent(),
    });
    const workshop = await post(session, `${base}/sessions`, {
      kind: 'workshop',
      title: 'Yrittäjätyöpaja',
      heldOn: '2026-11-03',
      participantIds: [participant.id, other.id],
    });
    const own = await post(session, `${base}/sessions/${workshop.id}/notes`, {
      body: `${marker}: minun yritykseni lupa-asiat jumittivat kuukausia.`,
      participantId: participant.id,
    });
    const sharedBody = `Toinen osallistuja kiitti neuvontaa. ${marker} valitti lupien käsittelyajoista.`;
    const shared = await post(session, `${base}/sessions/${workshop.id}/notes`, {
      body: sharedBody,
    });
    const start = sharedBody.indexOf(marker);
    const passage = await post(session, `${base}/evidence`, {
      kind: 'quote',
      noteId: shared.id,
      start,
      end: sharedBody.length,
    });
    const direct = await post(session, `${base}/evidence`, {
      kind: 'quote',
      noteId: own.id,
      start: 0,
      end: marker.length + 1,
    });
    const kept = await post(session, `${base}/evidence`, {
      kind: 'quote',
      noteId: shared.id,
      start: 0,
      end: 36,
    });
    await app.database.pool.query('update evidence set participant_id = $1 where id = $2', [
      participant.id,
      passage.id,
    ]);

    const exported = (
      await call(app, session, 'GET', `${base}/participants/${participant.id}/export`)
    ).json();
    expect(exported.participant).toMatchObject({
      code: 'H-001',
      segment: 'Pienyrittäjät',
      attributes: { kaupunginosa: 'Vähä-Kivikkola' },
    });
    expect(exported.contact).toEqual({
      name: 'Erkki Esimerkki',
      phone: '050 765 4321',
      email: 'erkki@example.fi',
    });
    expect(exported.sessions).toEqual([
      { kind: 'workshop', title: 'Yrittäjätyöpaja', heldOn: '2026-11-03', place: '' },
    ]);
    expect(JSON.stringify(exported.notes)).toContain(marker);
    expect(exported.evidence.map((e: { text: string }) => e.text)).toHaveLength(2);

    // A board (not open live) with cards of the participant's evidence.
    const boardId = await createBoard(app.database.db, {
      actorUserId: admin.id,
      projectId: project.id,
      title: 'Synteesi',
    });
    const boardDoc = new Y.Doc();
    addEvidenceCards(boardDoc, {
      items: [passage, direct, kept].map((e: { id: string; text: string }) => ({
        evidenceId: e.id,
        text: e.text,
        language: 'fi' as const,
      })),
      createdBy: 'test',
    });
    await storeLiveDocument(boardStorage, app.database.db, {
      id: boardId,
      document: boardDoc,
      mergeOrigin: null,
    });
    const boardBytes = async () =>
      (await app.database.pool.query('select state from boards where id = $1', [boardId])).rows[0]
        .state as Buffer;
    expect((await boardBytes()).includes(Buffer.from(marker))).toBe(true);

    const erased = await post(session, `${base}/participants/${participant.id}/erase`, {});
    expect(erased).toMatchObject({
      code: 'H-001',
      erased: true,
      segment: '',
      attributes: {},
      hasContact: false,
      consentStatus: 'missing',
    });

    // Edits made before the erasure bring back neither the words nor the background.
    const staleNote = await call(app, session, 'PUT', `${base}/notes/${shared.id}`, {
      body: sharedBody,
      version: shared.version,
    });
    expect(staleNote.statusCode, staleNote.body).toBe(409);
    expect(staleNote.json().code).toBe('edit_conflict');
    const staleParticipant = await call(
      app,
      session,
      'PATCH',
      `${base}/participants/${participant.id}`,
      { segment: 'Pienyrittäjät', version: participant.version },
    );
    expect(staleParticipant.statusCode, staleParticipant.body).toBe(404);

    // No table holds the participant's words, name or contact details any more.
    const { rows: columns } = await app.database.pool.query<{
      table_name: string;
      column_name: string;
    }>(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'jsonb', 'tsvector', 'character varying')`,
    );
    for (const secret of [
      marker,
      'kirsikkapuistiko',
      'Erkki',
      '050 765 4321',
      'erkki@example.fi',
      'Vähä-Kivikkola',
      'Pienyrittäjät',
    ]) {
      for (const { table_name, column_name } of columns) {
        const { rows } = await app.database.pool.query(
          `select count(*)::int as n from "${table_name}" where "${column_name}"::text ilike $1`,
          [`%${secret}%`],
        );
        expect(rows[0].n, `${secret} in ${table_name}.${column_name}`).toBe(0);
      }
    }
    expect((await call(app, session, 'GET', `${base}/search?q=${marker}`)).json().items).toEqual(
      [],
    );
    // Nor does any board's Yjs state (bytes), and the board still shows the cards, withdrawn.
    expect((await boardBytes()).includes(Buffer.from(marker))).toBe(false);
    const board = (await call(app, session, 'GET', `${base}/boards/${boardId}`)).json();
    expect(
      board.cards.map((c: { evidenceId: string; withdrawn: boolean }) => [
        c.evidenceId,
        c.withdrawn,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [passage.id, true],
        [direct.id, true],
        [kept.id, false],
      ]),
    );

    const evidence = (await call(app, session, 'GET', `${base}/evidence`)).json().items as {
      id: string;
      withdrawn: boolean;
      text: string;
      participantCode: string | null;
    }[];
    for (const id of [passage.id, direct.id]) {
      expect(evidence.find((e) => e.id === id)).toMatchObject({
        withdrawn: true,
        text: '',
        participantCode: 'H-001',
      });
    }
    expect(evidence.find((e) => e.id === kept.id)).toMatchObject({
      withdrawn: false,
      text: sharedBody.slice(0, 36),
    });
    const sharedAfter = (await call(app, session, 'GET', `${base}/notes/${shared.id}`)).json();
    expect(sharedAfter.body.slice(0, start)).toBe(sharedBody.slice(0, start));
    expect(sharedAfter.body.slice(start)).toMatch(/^█+$/);
    expect((await call(app, session, 'GET', `${base}/notes/${own.id}`)).statusCode).toBe(404);

    const audit = await app.database.pool.query(
      `select action, metadata::text from audit_log where organisation_id = $1`,
      [org.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['participant.exported', 'participant.erased']),
    );
    expect(JSON.stringify(audit.rows)).not.toContain('Erkki');
  });
});
