import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, startServer } from '../../../e2e/support/server.ts';
import { insertInvitation } from '../src/modules/invitations/invitations.repo.ts';
import { deleteStoredProvider, upsertStoredProvider } from '../src/modules/oidc/oidc.repo.ts';
import { buildOrganisation, buildUser, sessionFor, startTestApp } from './harness.ts';
import {
  CookieJar,
  send,
  signInAtProvider,
  startTestProvider,
  type TestAccount,
} from './oidc-provider.ts';

/*
 * Single sign-on against a real provider over HTTPS. Our server runs as its own process, as in
 * production, trusting the provider's test CA through NODE_EXTRA_CA_CERTS; the test plays the
 * browser, with one cookie jar for our site and one for the provider's.
 */

const fixtures = await startTestApp();
const port = await freePort();
const ours = `http://127.0.0.1:${port}`;
const callbackOf = (id: string) => `${ours}/api/v1/auth/oidc/${id}/callback`;
const provider = await startTestProvider({
  redirectUris: [callbackOf('city'), callbackOf('city-open'), callbackOf('stored')],
  postLogoutRedirectUris: [`${ours}/login`],
});
const openOrganisation = await buildOrganisation(fixtures);
const closedPort = await freePort();
const server = await startServer({
  PORT: String(port),
  DATABASE_URL: inject('databaseUrl'),
  TIMANTTI_DEMO: 'off',
  TIMANTTI_WEB_DIST: '/nonexistent',
  NODE_EXTRA_CA_CERTS: provider.caFile,
  LOG_LEVEL: 'info',
  TIMANTTI_OIDC_PROVIDERS: JSON.stringify([
    {
      id: 'city',
      issuer: provider.issuer,
      clientId: provider.clients.ours.id,
      clientSecret: provider.clients.ours.secret,
      name: { fi: 'Kaupungin tunnus', sv: 'Stadens konto', en: 'City account' },
    },
    {
      id: 'city-open',
      issuer: provider.issuer,
      clientId: provider.clients.other.id,
      clientSecret: provider.clients.other.secret,
      name: 'Open city',
      organisation: openOrganisation.slug,
      role: 'viewer',
      invitationRequired: false,
    },
    {
      id: 'down',
      issuer: `https://localhost:${closedPort}`,
      clientId: 'timantti',
      clientSecret: 'unused',
      name: 'Down',
    },
  ]),
});
afterAll(async () => {
  await server.stop();
  await provider.stop();
});

const unique = () => randomUUID().slice(0, 8);

/** A person at the provider; the login name is their subject there. */
function personAtProvider(account: TestAccount): string {
  const sub = `person-${unique()}`;
  provider.accounts.set(sub, account);
  return sub;
}

/** Starts at our server, signs in at the provider, stops before the callback is sent. */
async function goToProvider(login: string, providerId = 'city') {
  const jar = new CookieJar();
  const start = await send(`${ours}/api/v1/auth/oidc/${providerId}/start?returnTo=/projects`, {
    jar,
  });
  expect(start.status).toBe(302);
  const callback = await signInAtProvider(provider, start.location ?? '', login);
  return { jar, callback };
}

async function signInThroughProvider(login: string, providerId = 'city') {
  const { jar, callback } = await goToProvider(login, providerId);
  const answer = await send(callback, { jar });
  return { jar, answer, callback };
}

async function whoIsSignedIn(jar: CookieJar) {
  const me = await send(`${ours}/api/v1/auth/me`, { jar });
  if (me.status !== 200) return null;
  return JSON.parse(me.body) as {
    user: { id: string; email: string };
    organisations: { id: string; role: string }[];
    csrfToken: string;
  };
}

const reasonOf = (body: string) => /data-reason="([a-z_]+)"/.exec(body)?.[1];

async function identitiesOf(userId: string) {
  const { rows } = await fixtures.database.pool.query<{ issuer: string; subject: string }>(
    'select issuer, subject from oidc_identities where user_id = $1',
    [userId],
  );
  return rows;
}

describe('signing in through an OpenID Connect provider', () => {
  it('links a verified address to the account that has it, on the first sign-in', async () => {
    const user = await buildUser(fixtures);
    const sub = personAtProvider({ email: user.email, emailVerified: true, name: 'Aino' });
    const { jar, answer } = await signInThroughProvider(sub);
    expect(answer.status).toBe(302);
    expect(answer.location).toBe(`${ours}/projects`);
    expect((await whoIsSignedIn(jar))?.user.id).toBe(user.id);
    expect(await identitiesOf(user.id)).toEqual([{ issuer: provider.issuer, subject: sub }]);
  });

  it('does not link an address the provider has not verified', async () => {
    const user = await buildUser(fixtures);
    const sub = personAtProvider({ email: user.email, emailVerified: false, name: 'Eino' });
    const { jar, answer } = await signInThroughProvider(sub);
    expect(answer.status).toBe(403);
    expect(reasonOf(answer.body)).toBe('email_unverified');
    expect(answer.body).toContain('Ask your administrator for an invitation');
    expect(await whoIsSignedIn(jar)).toBeNull();
    expect(await identitiesOf(user.id)).toEqual([]);
  });

  it('finds the account by issuer and subject after the address changed at the provider, even to another user’s', async () => {
    const user = await buildUser(fixtures);
    const other = await buildUser(fixtures);
    const sub = personAtProvider({ email: user.email, emailVerified: true, name: 'Aino' });
    await signInThroughProvider(sub);

    provider.accounts.set(sub, {
      email: `new-${unique()}@test.example`,
      emailVerified: true,
      name: 'Aino',
    });
    const renamed = await signInThroughProvider(sub);
    expect((await whoIsSignedIn(renamed.jar))?.user.id).toBe(user.id);

    provider.accounts.set(sub, { email: other.email, emailVerified: true, name: 'Aino' });
    const taken = await signInThroughProvider(sub);
    const me = await whoIsSignedIn(taken.jar);
    expect(me?.user.id).toBe(user.id);
    // Our copy of the address stays as it was; the other person gains no link and no session.
    expect(me?.user.email).toBe(user.email);
    expect(await identitiesOf(other.id)).toEqual([]);
    const { rows } = await fixtures.database.pool.query(
      'select 1 from sessions where user_id = $1',
      [other.id],
    );
    expect(rows).toEqual([]);
  });

  it('refuses a replayed callback itself, without asking the provider again', async () => {
    const user = await buildUser(fixtures);
    const sub = personAtProvider({ email: user.email, emailVerified: true, name: 'Aino' });
    const { jar, callback } = await goToProvider(sub);
    const state = jar.get('timantti_oidc') ?? '';
    expect((await send(callback, { jar })).status).toBe(302);
    const exchanged = provider.tokenRequests();

    // The same code and state, from a browser that still has the state cookie.
    const replayJar = new CookieJar();
    replayJar.set('timantti_oidc', state);
    const replay = await send(callback, { jar: replayJar });
    expect(replay.status).toBe(400);
    expect(reasonOf(replay.body)).toBe('expired');
    expect(replay.body).not.toMatch(/at .*\.ts:\d+/);
    expect(provider.tokenRequests()).toBe(exchanged);
    expect(await whoIsSignedIn(replayJar)).toBeNull();
  });

  it('refuses a callback whose state is not the browser’s own', async () => {
    const user = await buildUser(fixtures);
    const sub = personAtProvider({ email: user.email, emailVerified: true, name: 'Aino' });
    const victim = await goToProvider(sub);
    const attacker = new CookieJar();
    await send(`${ours}/api/v1/auth/oidc/city/start`, { jar: attacker });
    const answer = await send(victim.callback, { jar: attacker });
    expect(answer.status).toBe(400);
    expect(reasonOf(answer.body)).toBe('state_mismatch');
    expect(await whoIsSignedIn(attacker)).toBeNull();
  });

  it('refuses an ID token for another audience', async () => {
    const user = await buildUser(fixtures);
    const sub = personAtProvider({ email: user.email, emailVerified: true, name: 'Aino' });
    const { jar, callback } = await goToProvider(sub);
    provider.tamperNextIdToken((claims) => ({ ...claims, aud: provider.clients.other.id }));
    const answer = await send(callback, { jar });
    expect(answer.status).toBe(400);
    expect(reasonOf(answer.body)).toBe('invalid_token');
    expect(answer.body).toContain('<html lang="en"');
    expect(await whoIsSignedIn(jar)).toBeNull();
    expect(await identitiesOf(user.id)).toEqual([]);
  });

  it('ends the session on logout and offers the provider’s own logout', async () => {
    const user = await buildUser(fixtures);
    const sub = personAtProvider({ email: user.email, emailVerified: true, name: 'Aino' });
    const { jar } = await signInThroughProvider(sub);
    const me = await whoIsSignedIn(jar);
    const logout = await send(`${ours}/api/v1/auth/logout`, {
      jar,
      method: 'POST',
      headers: { 'x-csrf-token': me?.csrfToken ?? '' },
    });
    expect(logout.status).toBe(200);
    const endSession = new URL(
      (JSON.parse(logout.body) as { endSessionUrl: string }).endSessionUrl,
    );
    expect(endSession.origin).toBe(provider.issuer);
    expect(endSession.searchParams.get('client_id')).toBe(provider.clients.ours.id);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${ours}/login`);
    expect(await whoIsSignedIn(jar)).toBeNull();
    const { rows } = await fixtures.database.pool.query(
      'select 1 from sessions where user_id = $1',
      [user.id],
    );
    expect(rows).toEqual([]);
  });

  it('opens an account for an invited address and accepts the invitation', async () => {
    const org = await buildOrganisation(fixtures);
    const email = `invited-${unique()}@test.example`;
    await insertInvitation(fixtures.database.db, {
      organisationId: org.id,
      email,
      role: 'facilitator',
      invitedBy: null,
    });
    const sub = personAtProvider({ email, emailVerified: true, name: 'Kutsuttu' });
    const { jar } = await signInThroughProvider(sub);
    const me = await whoIsSignedIn(jar);
    expect(me?.user.email).toBe(email);
    expect(me?.organisations).toEqual([
      expect.objectContaining({ id: org.id, role: 'facilitator' }),
    ]);
  });

  it('asks a person without an account or invitation to ask for one', async () => {
    const sub = personAtProvider({
      email: `stranger-${unique()}@test.example`,
      emailVerified: true,
      name: 'X',
    });
    const { jar, answer } = await signInThroughProvider(sub);
    expect(answer.status).toBe(403);
    expect(reasonOf(answer.body)).toBe('invitation_needed');
    expect(await whoIsSignedIn(jar)).toBeNull();
  });

  it('takes a stranger into the configured organisation and role where the installation allows', async () => {
    const email = `newcomer-${unique()}@test.example`;
    const sub = personAtProvider({ email, emailVerified: true, name: 'Uusi Tulija' });
    const { jar, answer } = await signInThroughProvider(sub, 'city-open');
    expect(answer.status).toBe(302);
    const me = await whoIsSignedIn(jar);
    expect(me?.organisations).toEqual([
      expect.objectContaining({ id: openOrganisation.id, role: 'viewer' }),
    ]);
  });

  it('answers a localized page, not a stack trace, when the provider cannot be reached', async () => {
    const answer = await send(`${ours}/api/v1/auth/oidc/down/start`, {
      headers: { 'accept-language': 'sv' },
    });
    expect(answer.status).toBe(502);
    expect(reasonOf(answer.body)).toBe('provider_unavailable');
    expect(answer.body).toContain('Identifieringstjänsten kunde inte nås');
  });

  it('logs refusals without tokens or personal data', async () => {
    const user = await buildUser(fixtures);
    const sub = personAtProvider({
      email: user.email,
      emailVerified: false,
      name: 'Salainen Nimi',
    });
    const { jar, callback } = await goToProvider(sub);
    const code = new URL(callback).searchParams.get('code') ?? '';
    expect((await send(callback, { jar })).status).toBe(403);
    const logged = server.output();
    expect(logged).toContain('"event":"oidc.refused"');
    for (const secret of [code, user.email, sub, 'Salainen Nimi', provider.clients.ours.secret])
      expect(logged).not.toContain(secret);
  });

  it('lists the providers on the login page in the caller’s language', async () => {
    const answer = await send(`${ours}/api/v1/auth/methods`, {
      headers: { 'accept-language': 'sv' },
    });
    expect(JSON.parse(answer.body)).toEqual({
      password: true,
      providers: [
        { id: 'city', name: 'Stadens konto', startPath: '/api/v1/auth/oidc/city/start' },
        { id: 'city-open', name: 'Open city', startPath: '/api/v1/auth/oidc/city-open/start' },
        { id: 'down', name: 'Down', startPath: '/api/v1/auth/oidc/down/start' },
      ],
    });
  });
});

describe('providers added with the admin CLI', () => {
  it('are offered and used from the next sign-in on, without a restart', async () => {
    await upsertStoredProvider(fixtures.database.db, {
      id: 'stored',
      issuer: provider.issuer,
      clientId: provider.clients.ours.id,
      clientSecret: provider.clients.ours.secret,
      displayName: 'Stored',
      organisationId: null,
      role: 'member',
      invitationRequired: true,
    });
    try {
      const methods = await send(`${ours}/api/v1/auth/methods`);
      expect(JSON.parse(methods.body).providers).toContainEqual(
        expect.objectContaining({ id: 'stored', name: 'Stored' }),
      );
      const user = await buildUser(fixtures);
      const sub = personAtProvider({ email: user.email, emailVerified: true, name: 'Aino' });
      const { jar } = await signInThroughProvider(sub, 'stored');
      expect((await whoIsSignedIn(jar))?.user.id).toBe(user.id);
    } finally {
      await deleteStoredProvider(fixtures.database.db, 'stored');
    }
  });
});

describe('how members sign in, on the members page', () => {
  it('shows an administrator each member’s ways in and lets them unlink one, ending its sessions', async () => {
    const org = await buildOrganisation(fixtures);
    const admin = await buildUser(fixtures, { organisationId: org.id, role: 'admin' });
    const member = await buildUser(fixtures, { organisationId: org.id });
    const sub = personAtProvider({ email: member.email, emailVerified: true, name: 'Jäsen' });
    const { jar } = await signInThroughProvider(sub);
    expect((await whoIsSignedIn(jar))?.user.id).toBe(member.id);
    const byPassword = await sessionFor(fixtures, member.id);

    const session = await sessionFor(fixtures, admin.id);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const list = await send(`${ours}/api/v1/orgs/${org.id}/members`, { headers });
    const listed = (JSON.parse(list.body) as { items: { userId: string; signIn: unknown }[] })
      .items;
    const signIn = listed.find((row) => row.userId === member.id)?.signIn as {
      password: boolean;
      identities: { id: string; provider: string }[];
    };
    expect(signIn.password).toBe(true);
    expect(signIn.identities).toEqual([
      // In the administrator's own language (their account says Finnish).
      expect.objectContaining({ provider: 'Kaupungin tunnus' }),
    ]);

    const identityId = signIn.identities[0]?.id ?? '';
    const unlink = `${ours}/api/v1/orgs/${org.id}/members/${member.id}/identities/${identityId}`;
    expect((await send(unlink, { method: 'DELETE', headers })).status).toBe(204);
    expect(await identitiesOf(member.id)).toEqual([]);
    // The session the link opened rested on it and is gone; a password session stays.
    expect(await whoIsSignedIn(jar)).toBeNull();
    const me = await send(`${ours}/api/v1/auth/me`, { headers: { cookie: byPassword.cookie } });
    expect(me.status).toBe(200);
    expect((await send(unlink, { method: 'DELETE', headers })).status).toBe(404);
  });
});
