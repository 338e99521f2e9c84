import { methodCardKeys, type MethodCardContent } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { shippedCardContent } from '../src/modules/method-cards/shipped/index.ts';
import {
  adminOfNewOrganisation,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  type Session,
} from './harness.ts';

const app = await startTestApp();

const cardsOf = (orgId: string) => `/api/v1/orgs/${orgId}/method-cards`;

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** An organisation with an admin, a facilitator, a member and a viewer, each signed in. */
async function organisation() {
  const { org, session: admin } = await adminOfNewOrganisation(app);
  const person = async (role: 'facilitator' | 'member' | 'viewer') =>
    sessionFor(app, (await buildUser(app, { organisationId: org.id, role })).id);
  return {
    orgId: org.id,
    base: cardsOf(org.id),
    admin,
    facilitator: await person('facilitator'),
    member: await person('member'),
    viewer: await person('viewer'),
  };
}

const interviewFi = shippedCardContent('customer-interview', 'fi');
const edited = (content: MethodCardContent, title: string): MethodCardContent => ({
  ...content,
  title,
  steps: [...content.steps, 'Lähettäkää haastateltavalle kiitosviesti ja kertokaa jatkosta.'],
});

const ownCard: MethodCardContent = {
  title: 'Asukasraati',
  purpose: 'Satunnaisesti valitut asukkaat perehtyvät kysymykseen ja antavat suosituksen.',
  phases: ['develop'],
  steps: ['Arvokaa osallistujat.', 'Kuulkaa asiantuntijoita.', 'Kirjoittakaa suositus.'],
  minutes: { min: 240, max: 960 },
  groupSize: { min: 12, max: 24 },
  materials: ['Taustamateriaali'],
  tips: ['Maksakaa osallistujille palkkio.'],
  pitfalls: ['Suositukselle ei luvata käsittelyä.'],
  example: 'Kaupunki kokosi raadin pohtimaan kirjastoverkkoa.',
  tool: 'ideas',
};

const rowCount = async (orgId: string) =>
  Number(
    (
      await app.database.pool.query<{ n: string }>(
        'select count(*) as n from method_cards where organisation_id = $1',
        [orgId],
      )
    ).rows[0]?.n,
  );

describe('method cards', () => {
  it('are every shipped card, in the reader’s language or the one asked for', async () => {
    const o = await organisation();
    const fi = await ok(await call(app, o.member, 'GET', o.base));
    expect(fi.items.map((card: { key: string }) => card.key)).toEqual([...methodCardKeys]);
    expect(fi.items[0]).toMatchObject({
      title: 'Asiakashaastattelu',
      origin: 'shipped',
      language: 'fi',
      customised: false,
    });
    expect(fi.abilities).toEqual({ create: false });
    const sv = await ok(await call(app, o.member, 'GET', `${o.base}?language=sv`));
    expect(sv.items[0]).toMatchObject({ title: 'Kundintervju', language: 'sv' });
    const card = await ok(await call(app, o.viewer, 'GET', `${o.base}/service-path?language=en`));
    expect(card).toMatchObject({
      key: 'service-path',
      content: { title: 'Service journey', tool: 'journeys' },
      shipped: { title: 'Service journey' },
      version: null,
      abilities: { edit: false, restore: false, delete: false },
    });
  });

  it('filter by phase and by the time the method takes', async () => {
    const o = await organisation();
    const deliver = await ok(await call(app, o.member, 'GET', `${o.base}?phase=deliver`));
    const keys = deliver.items.map((card: { key: string }) => card.key);
    expect(keys).toContain('elevator-pitch');
    expect(keys).not.toContain('customer-interview');
    for (const card of deliver.items) expect(card.phases).toContain('deliver');
    const short = await ok(await call(app, o.member, 'GET', `${o.base}?fitsIn=30`));
    expect(short.items.length).toBeGreaterThan(0);
    for (const card of short.items) expect(card.minutes.min).toBeLessThanOrEqual(30);
    expect(short.items.map((card: { key: string }) => card.key)).not.toContain('desk-research');
  });

  it('are found by an inflected Finnish word, in a copy’s words once edited', async () => {
    const o = await organisation();
    const search = async (q: string, session: Session = o.member) =>
      (await ok(await call(app, session, 'GET', `${o.base}?q=${encodeURIComponent(q)}`))).items.map(
        (card: { key: string }) => card.key,
      );
    // haastatteluissa → haastattelu, a part of Asiakashaastattelu.
    expect(await search('haastatteluissa')).toContain('customer-interview');
    // palvelupoluilla → palvelupolku, the service-path card's title.
    expect((await search('palvelupoluilla'))[0]).toBe('service-path');
    expect(await search('kvanttitietokone')).toEqual([]);

    await ok(
      await call(app, o.facilitator, 'PUT', `${o.base}/observation`, {
        version: null,
        language: 'fi',
        content: { ...shippedCardContent('observation', 'fi'), example: 'Kävimme uimahalleissa.' },
      }),
    );
    expect(await search('uimahallissa')).toEqual(['observation']);
    const own = await ok(
      await call(app, o.admin, 'POST', o.base, { language: 'fi', content: ownCard }),
      201,
    );
    expect(await search('asukasraadeissa')).toEqual([own.key]);
    // Another organisation's copies and cards are nobody else's to find.
    const other = await organisation();
    const theirs = async (q: string) =>
      (await ok(await call(app, other.member, 'GET', `${other.base}?q=${q}`))).items;
    expect(await theirs('uimahallissa')).toEqual([]);
    expect(await theirs('asukasraadeissa')).toEqual([]);
  });

  it('keep an organisation’s edit in its own copy, with the shipped text to compare and restore', async () => {
    const o = await organisation();
    const other = await organisation();
    const url = `${o.base}/customer-interview`;
    const saved = await ok(
      await call(app, o.facilitator, 'PUT', url, {
        version: null,
        language: 'fi',
        content: edited(interviewFi, 'Asiakashaastattelu Lahden tapaan'),
      }),
    );
    expect(saved).toMatchObject({
      content: { title: 'Asiakashaastattelu Lahden tapaan' },
      shipped: { title: 'Asiakashaastattelu', steps: interviewFi.steps },
      customised: true,
      version: 1,
      abilities: { edit: true, restore: true, delete: false },
    });
    expect(saved.updatedBy).toEqual(expect.any(String));
    // The other languages and the other organisation read the shipped text.
    expect((await ok(await call(app, o.member, 'GET', `${url}?language=sv`))).content.title).toBe(
      'Kundintervju',
    );
    const theirs = await ok(
      await call(app, other.member, 'GET', `${other.base}/customer-interview`),
    );
    expect(theirs).toMatchObject({ content: interviewFi, customised: false, version: null });
    const list = await ok(await call(app, o.member, 'GET', o.base));
    expect(list.items[0]).toMatchObject({
      title: 'Asiakashaastattelu Lahden tapaan',
      customised: true,
    });

    const again = await ok(
      await call(app, o.admin, 'PUT', url, {
        version: 1,
        language: 'fi',
        content: edited(interviewFi, 'Haastattelu'),
      }),
    );
    expect(again).toMatchObject({ version: 2, content: { title: 'Haastattelu' } });
    const restored = await ok(
      await call(app, o.admin, 'POST', `${url}/restore`, { version: 2, language: 'fi' }),
    );
    expect(restored).toMatchObject({
      content: interviewFi,
      customised: false,
      version: 3,
      updatedBy: null,
      abilities: { restore: false },
    });
    // An edit made before the restore does not land on the shipped text.
    const stale = await call(app, o.admin, 'PUT', url, {
      version: 2,
      language: 'fi',
      content: edited(interviewFi, 'Myöhässä'),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'edit_conflict', current: { version: 3 } });
    expect((await ok(await call(app, o.member, 'GET', url))).content).toEqual(interviewFi);
  });

  it('let one of two first edits of the shipped text land, the other told of it', async () => {
    const o = await organisation();
    const url = `${o.base}/persona`;
    const content = shippedCardContent('persona', 'sv');
    const [first, second] = await Promise.all(
      ['Persona A', 'Persona B'].map((title) =>
        call(app, o.admin, 'PUT', url, {
          version: null,
          language: 'sv',
          content: { ...content, title },
        }),
      ),
    );
    const statuses = [first?.statusCode, second?.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const refused = [first, second].find((response) => response?.statusCode === 409);
    expect(refused?.json()).toMatchObject({ code: 'edit_conflict', current: { version: 1 } });
    expect(await rowCount(o.orgId)).toBe(1);
  });

  it('are edited only by admins and facilitators, and not seen outside the organisation', async () => {
    const o = await organisation();
    const other = await organisation();
    const body = { version: null, language: 'fi', content: edited(interviewFi, 'Oma') };
    for (const session of [o.member, o.viewer]) {
      expect(
        (await call(app, session, 'PUT', `${o.base}/customer-interview`, body)).statusCode,
      ).toBe(403);
      expect(
        (await call(app, session, 'POST', o.base, { language: 'fi', content: ownCard })).statusCode,
      ).toBe(403);
    }
    for (const [method, path, payload] of [
      ['GET', '', undefined],
      ['GET', '/customer-interview', undefined],
      ['PUT', '/customer-interview', body],
      ['POST', '', { language: 'fi', content: ownCard }],
    ] as const) {
      expect((await call(app, other.admin, method, `${o.base}${path}`, payload)).statusCode).toBe(
        404,
      );
    }
    expect(await rowCount(o.orgId)).toBe(0);
  });

  it('of an organisation’s own are nothing to another organisation’s caller', async () => {
    const o = await organisation();
    const other = await organisation();
    const own = await ok(
      await call(app, o.facilitator, 'POST', o.base, { language: 'fi', content: ownCard }),
      201,
    );
    expect(own).toMatchObject({
      origin: 'own',
      language: 'fi',
      content: ownCard,
      shipped: null,
      version: 1,
      abilities: { edit: true, restore: false, delete: true },
    });
    const list = await ok(await call(app, o.member, 'GET', `${o.base}?language=en`));
    // An own card is read in the one language it is written in.
    expect(list.items.at(-1)).toMatchObject({ key: own.key, language: 'fi', origin: 'own' });
    // Through the other organisation's own address as well as through this one's.
    for (const base of [o.base, other.base]) {
      const url = `${base}/${own.key}`;
      expect((await call(app, other.admin, 'GET', url)).statusCode).toBe(404);
      const put = await call(app, other.admin, 'PUT', url, {
        version: 1,
        language: 'fi',
        content: { ...ownCard, title: 'Kaapattu' },
      });
      expect(put.statusCode).toBe(404);
      expect((await call(app, other.admin, 'DELETE', url)).statusCode).toBe(404);
      expect(
        (await call(app, other.admin, 'POST', `${url}/restore`, { version: 1, language: 'fi' }))
          .statusCode,
      ).toBe(404);
    }
    const theirList = await ok(await call(app, other.admin, 'GET', other.base));
    expect(theirList.items.map((card: { key: string }) => card.key)).not.toContain(own.key);
    expect((await ok(await call(app, o.member, 'GET', `${o.base}/${own.key}`))).content).toEqual(
      ownCard,
    );

    const moved = await ok(
      await call(app, o.admin, 'PUT', `${o.base}/${own.key}`, {
        version: 1,
        language: 'sv',
        content: { ...ownCard, title: 'Invånarpanel' },
      }),
    );
    expect(moved).toMatchObject({ language: 'sv', version: 2, content: { title: 'Invånarpanel' } });
    expect((await call(app, o.admin, 'DELETE', `${o.base}/${own.key}`)).statusCode).toBe(204);
    expect((await call(app, o.member, 'GET', `${o.base}/${own.key}`)).statusCode).toBe(404);
    expect((await call(app, o.member, 'GET', `${o.base}/no-such-card`)).statusCode).toBe(404);
    expect((await call(app, o.admin, 'DELETE', `${o.base}/persona`)).statusCode).toBe(404);
  });

  it('refuse bad input with localized field errors and store nothing', async () => {
    const o = await organisation();
    await call(app, o.admin, 'PATCH', '/api/v1/account', { locale: 'sv' });
    const cases: [Record<string, unknown>, { path: string; message: string }[]][] = [
      [
        { title: ' ', steps: [] },
        [
          { path: 'content.title', message: 'Värdet är för kort.' },
          { path: 'content.steps', message: 'Värdet är för litet.' },
        ],
      ],
      [
        { minutes: { min: 90, max: 30 } },
        [
          {
            path: 'content.minutes.max',
            message: 'Den övre gränsen kan inte vara mindre än den nedre.',
          },
        ],
      ],
      [
        { phases: ['discover', 'discover'] },
        [{ path: 'content.phases', message: 'Värdet är ogiltigt.' }],
      ],
      [{ tool: 'spreadsheet' }, [{ path: 'content.tool', message: 'Värdet är inte tillåtet.' }]],
      [{ purpose: 'a\u0000b' }, [{ path: 'content.purpose', message: expect.any(String) }]],
    ];
    for (const [change, errors] of cases) {
      for (const [method, url, body] of [
        ['POST', o.base, { language: 'fi', content: { ...ownCard, ...change } }],
        [
          'PUT',
          `${o.base}/customer-interview`,
          { version: null, language: 'fi', content: { ...interviewFi, ...change } },
        ],
      ] as const) {
        const response = await call(app, o.admin, method, url, body);
        expect(response.statusCode, JSON.stringify(change)).toBe(400);
        expect(response.json()).toMatchObject({ code: 'validation_failed', errors });
      }
    }
    const noLanguage = await call(app, o.admin, 'PUT', `${o.base}/persona`, {
      version: null,
      content: interviewFi,
    });
    expect(noLanguage.statusCode).toBe(400);
    expect(await rowCount(o.orgId)).toBe(0);
    expect(
      (await ok(await call(app, o.admin, 'GET', `${o.base}/customer-interview?language=fi`)))
        .content,
    ).toEqual(interviewFi);
  });
});
