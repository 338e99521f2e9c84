import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildResearch } from './research-fixtures.ts';
import {
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  testConfig,
} from './harness.ts';

const app = await startTestApp();

// Each test signs in from its own address, so the per-address limit of one never trips another.
const randomAddress = () =>
  `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

// An e-mail address of no account, new each time, so no test's failures count against another's.
const nobody = () => `nobody-${randomUUID()}@test.example`;

async function login(
  email: string,
  password: string,
  headers: Record<string, string> = {},
  remoteAddress = randomAddress(),
) {
  return app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    headers,
    remoteAddress,
  });
}

describe('sign-in', () => {
  it('signs in with the right password, case-insensitively by e-mail, and sets a safe cookie', async () => {
    const org = await buildOrganisation(app);
    const user = await buildUser(app, { organisationId: org.id, role: 'member' });
    const response = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const me = response.json();
    expect(me.user.id).toBe(user.id);
    expect(me.organisations).toEqual([
      { id: org.id, name: org.name, slug: org.slug, role: 'member' },
    ]);
    const cookie = response.cookies.find((c) => c.name === 'timantti_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy', async () => {
    const { buildApp } = await import('../src/app.ts');
    const secure = await buildApp({
      database: app.database,
      jobs: app.jobs,
      config: { ...testConfig, trustProxy: true },
      ready: async () => true,
      logger: false,
    });
    const user = await buildUser(app);
    const response = await secure.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.cookies.find((c) => c.name === 'timantti_session')?.secure).toBe(true);
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    await secure.app.close();
  });

  it('refuses a wrong password and an unknown address alike', async () => {
    const user = await buildUser(app);
    const wrong = await login(user.email, 'not-the-right-password');
    const unknown = await login(nobody(), 'not-the-right-password');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'invalid_credentials' });
    }
  });

  it('answers in the caller’s language', async () => {
    const sv = await login(nobody(), 'x', { 'accept-language': 'sv-FI,sv;q=0.9' });
    expect(sv.json().title).toBe('E-postadressen eller lösenordet är fel.');
    const en = await login(nobody(), 'x', { 'accept-language': 'en-GB' });
    expect(en.json().title).toBe('The e-mail address or password is wrong.');
  });
});

describe('sessions', () => {
  it('signs out, after which the cookie opens nothing', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    expect((await call(app, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await call(app, session, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await call(app, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('lists sessions and signs out the others', async () => {
    const user = await buildUser(app);
    const first = await signIn(app, user);
    const second = await signIn(app, user);
    const list = await call(app, first, 'GET', '/api/v1/account/sessions');
    expect(list.json().items).toHaveLength(2);
    expect(list.json().items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(
      (await call(app, first, 'POST', '/api/v1/account/sessions/revoke-others')).statusCode,
    ).toBe(204);
    expect((await call(app, second, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await call(app, first, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses a write without the CSRF token, and one from a foreign origin', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    const noToken = await call(app, { ...session, csrfToken: '' }, 'PATCH', '/api/v1/account', {
      locale: 'en',
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_failed');
    const foreign = await call(
      app,
      session,
      'PATCH',
      '/api/v1/account',
      { locale: 'en' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.statusCode).toBe(403);
    const me = await call(app, session, 'GET', '/api/v1/auth/me');
    expect(me.json().user.locale).toBe('fi');
  });
});

describe('origin check', () => {
  it('refuses a write from the same host by another scheme or port', async () => {
    const session = await signIn(app, await buildUser(app));
    const write = (origin: string) =>
      call(app, session, 'PATCH', '/api/v1/account', { locale: 'en' }, { origin });
    // Injected requests come to http://localhost:80.
    for (const origin of ['https://localhost', 'http://localhost:8080', 'null']) {
      const refused = await write(origin);
      expect(refused.statusCode, origin).toBe(403);
      expect(refused.json().code).toBe('csrf_failed');
    }
    expect((await write('http://localhost')).statusCode).toBe(200);
    expect((await write('http://localhost:80')).statusCode).toBe(200);
  });

  it('behind a trusted HTTPS proxy, refuses an http:// origin of the same host', async () => {
    const { buildApp } = await import('../src/app.ts');
    const proxied = await buildApp({
      database: app.database,
      jobs: app.jobs,
      config: { ...testConfig, trustProxy: true },
      ready: async () => true,
      logger: false,
    });
    const user = await buildUser(app);
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'timantti.example' };
    const login = (origin: string) =>
      proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
        headers: { ...forwarded, origin },
      });
    const plain = await login('http://timantti.example');
    expect(plain.statusCode).toBe(403);
    expect(plain.json().code).toBe('csrf_failed');
    expect((await login('https://timantti.example:8443')).statusCode).toBe(403);
    const signedIn = await login('https://timantti.example');
    expect(signedIn.statusCode).toBe(200);
    const cookie = signedIn.cookies.find((c) => c.name === 'timantti_session');
    const write = (origin: string) =>
      proxied.app.inject({
        method: 'PATCH',
        url: '/api/v1/account',
        payload: { locale: 'en' },
        headers: {
          ...forwarded,
          origin,
          cookie: `timantti_session=${cookie?.value}`,
          'x-csrf-token': signedIn.json().csrfToken,
        },
      });
    expect((await write('http://timantti.example')).statusCode).toBe(403);
    expect((await write('https://timantti.example')).statusCode).toBe(200);
    await proxied.app.close();
  });
});

describe('caching', () => {
  it('marks API answers no-store: sign-in, the CSRF token, personal data, problems', async () => {
    const { creatorId, id: projectId } = await buildProject(app);
    const research = await buildResearch(app, projectId, creatorId);
    const creator = await app.database.db.query.users.findFirst({
      where: (u, { eq }) => eq(u.id, creatorId),
    });
    if (!creator) throw new Error('no creator');
    const signedIn = await login(creator.email, TEST_PASSWORD);
    expect(signedIn.statusCode).toBe(200);
    const session = await sessionFor(app, creatorId);
    const project = `/api/v1/projects/${projectId}`;
    const participant = `${project}/participants/${research.participantId}`;
    const answers = {
      login: signedIn,
      failedLogin: await login(nobody(), 'not-the-password'),
      me: await call(app, session, 'GET', '/api/v1/auth/me'),
      participant: await call(app, session, 'GET', participant),
      contact: await call(app, session, 'GET', `${participant}/contact`),
      export: await call(app, session, 'GET', `${participant}/export`),
      evidence: await call(app, session, 'GET', `${project}/evidence`),
      note: await call(app, session, 'GET', `${project}/notes/${research.noteId}`),
      notFound: await call(app, session, 'GET', `${project}/notes/${randomUUID()}`),
      anonymous: await call(app, null, 'GET', '/api/v1/auth/me'),
    };
    for (const [name, response] of Object.entries(answers)) {
      expect(response.statusCode, name).toBeLessThan(500);
      expect(response.headers['cache-control'], name).toBe('no-store');
    }
    expect(answers.contact.statusCode).toBe(200);
    expect(answers.export.statusCode).toBe(200);
    // Public documentation holds nothing personal and may be cached as the browser likes.
    const docs = await app.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(docs.headers['cache-control']).toBeUndefined();
  });
});

describe('account', () => {
  it('remembers the chosen language and answers in it', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    const updated = await call(app, session, 'PATCH', '/api/v1/account', {
      locale: 'sv',
      displayName: '  Svea Svensson ',
    });
    expect(updated.json().user).toMatchObject({ locale: 'sv', displayName: 'Svea Svensson' });
    const problem = await call(
      app,
      session,
      'GET',
      '/api/v1/projects/00000000-0000-4000-8000-000000000000',
    );
    expect(problem.json().title).toBe('Sidan eller objektet hittades inte.');
  });

  it('changes the password only with the current one and a strong new one', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    const other = await signIn(app, user);
    const change = (currentPassword: string, newPassword: string) =>
      call(app, session, 'POST', '/api/v1/account/password', { currentPassword, newPassword });
    expect((await change('wrong-current-password', 'uusi-vahva-salasana-77')).json().code).toBe(
      'wrong_current_password',
    );
    expect((await change(TEST_PASSWORD, 'lyhyt')).json()).toMatchObject({
      code: 'password_too_short',
      status: 400,
    });
    expect((await change(TEST_PASSWORD, 'Salasana2024!')).json().code).toBe('password_too_common');
    expect((await change(TEST_PASSWORD, 'password1234')).json().code).toBe('password_too_common');
    expect((await change(TEST_PASSWORD, 'uusi-vahva-salasana-77')).statusCode).toBe(204);
    expect((await call(app, other, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await login(user.email, 'uusi-vahva-salasana-77')).statusCode).toBe(200);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
  });
});
