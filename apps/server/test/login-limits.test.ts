import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loginAccountFailures, loginAttempts } from '../src/db/schema.ts';
import {
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_DELAY_MS,
  ADDRESS_WINDOW_MS,
  MAX_FAILURES_PER_ADDRESS,
} from '../src/modules/auth/login-limits.ts';
import { LoginThrottle } from '../src/modules/auth/login-throttle.ts';
import { buildUser, sessionFor, startTestApp, TEST_PASSWORD, testConfig } from './harness.ts';

const app = await startTestApp();
// Behind TRUST_PROXY the client's address is the one X-Forwarded-For names, so one caller can
// claim as many addresses as it likes.
const proxied = await buildApp({
  database: app.database,
  jobs: app.jobs,
  config: { ...testConfig, trustProxy: true },
  ready: async () => true,
  logger: false,
});
afterAll(() => proxied.app.close());
const throttle = new LoginThrottle(app.database.db);

let lastOctets = 0;
// Addresses of their own for every test, so no test counts against another's.
const newAddress = () => {
  lastOctets += 1;
  return `10.${Math.floor(Math.random() * 200) + 1}.${lastOctets >> 8}.${lastOctets & 255}`;
};

type Attempt = { email: string; password: string; address?: string; cookie?: string };

function attempt(via: 'direct' | 'proxy', input: Attempt, headers: Record<string, string> = {}) {
  const address = input.address ?? newAddress();
  const target = via === 'direct' ? app.app : proxied.app;
  return target.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: input.email, password: input.password },
    headers: {
      ...(via === 'proxy' ? { 'x-forwarded-for': address } : {}),
      ...(input.cookie ? { cookie: input.cookie } : {}),
      ...headers,
    },
    ...(via === 'direct' ? { remoteAddress: address } : {}),
  });
}

const statuses = (responses: LightMyRequestResponse[]) =>
  responses.reduce<Record<number, number>>((counts, response) => {
    counts[response.statusCode] = (counts[response.statusCode] ?? 0) + 1;
    return counts;
  }, {});

const wrong = (index: number) => `väärä-salasana-${index}`;

/** The stored counters of an account and of one address's attempts on it. */
async function counters(email: string, address = '') {
  const keys = await throttle.keys({ email, address, deviceToken: null });
  const [pair] = await app.database.db
    .select()
    .from(loginAttempts)
    .where(eq(loginAttempts.key, keys.address));
  const [account] = await app.database.db
    .select()
    .from(loginAccountFailures)
    .where(eq(loginAccountFailures.key, keys.account));
  return { keys, pair, account };
}

/** Moves the stored failures back in time, as if that long had passed. */
async function age(email: string, address: string, ms: number) {
  const { keys, pair, account } = await counters(email, address);
  if (pair) {
    await app.database.db
      .update(loginAttempts)
      .set({ windowStart: new Date(pair.windowStart.getTime() - ms) })
      .where(eq(loginAttempts.key, keys.address));
  }
  if (account) {
    await app.database.db
      .update(loginAccountFailures)
      .set({ lastFailureAt: new Date(account.lastFailureAt.getTime() - ms) })
      .where(eq(loginAccountFailures.key, keys.account));
  }
}

async function pollUntil(check: () => Promise<boolean>) {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function expectRefused(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json().code).toBe('too_many_attempts');
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe('per account and address', () => {
  it('lets at most 10 of 50 parallel wrong passwords be checked; the rest are 429', async () => {
    const user = await buildUser(app);
    const address = newAddress();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        attempt('direct', { email: user.email, password: wrong(i), address }),
      ),
    );
    expect(statuses(responses)).toEqual({ 401: MAX_FAILURES_PER_ADDRESS, 429: 40 });
    for (const response of responses.filter((r) => r.statusCode === 429)) expectRefused(response);
  });

  it('refuses the right password from that address and keeps counting as it was', async () => {
    const user = await buildUser(app);
    const address = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await attempt('direct', { email: user.email, password: wrong(i), address });
    }
    const before = await counters(user.email, address);
    const right = await attempt(
      'direct',
      { email: user.email, password: TEST_PASSWORD, address },
      { 'accept-language': 'en' },
    );
    expectRefused(right);
    expect(right.json().title).toBe('Too many sign-in attempts. Try again in 15 min.');
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(ADDRESS_WINDOW_MS / 1000);
    expect(right.cookies).toEqual([]);
    for (let i = 0; i < 5; i++) {
      await attempt('direct', { email: user.email, password: TEST_PASSWORD, address });
    }
    expect(await counters(user.email, address)).toEqual(before);
  });

  it('shuts out only that address: the owner elsewhere signs in', async () => {
    const user = await buildUser(app);
    const address = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await attempt('direct', { email: user.email, password: wrong(i), address });
    }
    expect(
      (await attempt('direct', { email: user.email, password: TEST_PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('opens again when the window has passed', async () => {
    const user = await buildUser(app);
    const address = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await attempt('direct', { email: user.email, password: wrong(i), address });
    }
    expectRefused(await attempt('direct', { email: user.email, password: TEST_PASSWORD, address }));
    await age(user.email, address, ADDRESS_WINDOW_MS);
    const right = await attempt('direct', { email: user.email, password: TEST_PASSWORD, address });
    expect(right.statusCode).toBe(200);
  });

  it('answers 429 in the caller’s language', async () => {
    const user = await buildUser(app);
    const address = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await attempt('direct', { email: user.email, password: wrong(i), address });
    }
    const titles = await Promise.all(
      ['fi', 'sv', 'en'].map(async (language) => {
        const response = await attempt(
          'direct',
          { email: user.email, password: wrong(99), address },
          { 'accept-language': language },
        );
        expectRefused(response);
        return response.json().title;
      }),
    );
    expect(titles).toEqual([
      'Liian monta kirjautumisyritystä. Yritä uudelleen 15 minuutin kuluttua.',
      'För många inloggningsförsök. Försök igen om 15 min.',
      'Too many sign-in attempts. Try again in 15 min.',
    ]);
  });
});

describe('per account, from any address (TRUST_PROXY)', () => {
  /** 100 wrong passwords in parallel, each from an address of its own. */
  async function spray(email: string) {
    return Promise.all(
      Array.from({ length: 100 }, (_, i) => attempt('proxy', { email, password: wrong(i) })),
    );
  }

  it('refuses the right password sent while 100 wrong ones from varied addresses run', async () => {
    const user = await buildUser(app);
    const wrongOnes = spray(user.email);
    // The right one goes out in the middle of the burst, once the free failures are used up.
    await pollUntil(
      async () => ((await counters(user.email)).account?.failures ?? 0) >= ACCOUNT_FREE_FAILURES,
    );
    const right = await attempt('proxy', { email: user.email, password: TEST_PASSWORD });
    const responses = await wrongOnes;
    expectRefused(right);
    expect(right.cookies).toEqual([]);
    expect(statuses(responses)).toEqual({
      401: ACCOUNT_FREE_FAILURES,
      429: 100 - ACCOUNT_FREE_FAILURES,
    });
    const { account } = await counters(user.email);
    expect(account?.failures).toBe(ACCOUNT_FREE_FAILURES);
    expectRefused(await attempt('proxy', { email: user.email, password: TEST_PASSWORD }));
  });

  it('lets the owner in from an address that signed in before, even while delayed', async () => {
    const user = await buildUser(app);
    const home = newAddress();
    const first = await attempt('proxy', {
      email: user.email,
      password: TEST_PASSWORD,
      address: home,
    });
    expect(first.statusCode).toBe(200);
    await spray(user.email);
    expectRefused(await attempt('proxy', { email: user.email, password: TEST_PASSWORD }));
    const again = await attempt('proxy', {
      email: user.email,
      password: TEST_PASSWORD,
      address: home,
    });
    expect(again.statusCode).toBe(200);
    // The owner's success gives back only its own attempt; the delay stays on for others.
    expectRefused(await attempt('proxy', { email: user.email, password: TEST_PASSWORD }));
  });

  it('lets the owner in from a browser that signed in before, wherever it is now', async () => {
    const user = await buildUser(app);
    const first = await attempt('proxy', { email: user.email, password: TEST_PASSWORD });
    const device = first.cookies.find((c) => c.name === 'timantti_device');
    expect(device).toMatchObject({ httpOnly: true, path: '/api/v1/auth', sameSite: 'Lax' });
    await spray(user.email);
    const cookie = `timantti_device=${device?.value}`;
    const fromElsewhere = await attempt('proxy', {
      email: user.email,
      password: TEST_PASSWORD,
      cookie,
    });
    expect(fromElsewhere.statusCode).toBe(200);
    // A device is known for the account it signed in to, not for every account.
    const other = await buildUser(app);
    await spray(other.email);
    expectRefused(await attempt('proxy', { email: other.email, password: TEST_PASSWORD, cookie }));
  });

  it('never locks: after the longest delay one attempt gets through, however many failed', async () => {
    const user = await buildUser(app);
    await spray(user.email);
    const { keys } = await counters(user.email);
    await app.database.db
      .update(loginAccountFailures)
      .set({ failures: 1_000_000, lastFailureAt: new Date() })
      .where(eq(loginAccountFailures.key, keys.account));
    const refused = await attempt('proxy', { email: user.email, password: TEST_PASSWORD });
    expectRefused(refused);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_MS / 1000);
    await age(user.email, '', ACCOUNT_MAX_DELAY_MS);
    const right = await attempt('proxy', { email: user.email, password: TEST_PASSWORD });
    expect(right.statusCode).toBe(200);
  });

  it('treats an address that does not exist like one that does', async () => {
    const email = `nobody-${newAddress()}@test.example`;
    const responses = await spray(email);
    expect(statuses(responses)).toEqual({
      401: ACCOUNT_FREE_FAILURES,
      429: 100 - ACCOUNT_FREE_FAILURES,
    });
  });
});

describe('changing the password', () => {
  it('counts guesses of the current password like sign-ins: a borrowed session cannot guess freely', async () => {
    const user = await buildUser(app);
    const session = await sessionFor(app, user.id);
    const address = newAddress();
    const change = (currentPassword: string) =>
      app.app.inject({
        method: 'POST',
        url: '/api/v1/account/password',
        payload: { currentPassword, newPassword: 'uusi-kestävä-salasana-77' },
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
        remoteAddress: address,
      });
    const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) => change(wrong(i))));
    expect(statuses(guesses)).toEqual({ 400: MAX_FAILURES_PER_ADDRESS, 429: 20 });
    const right = await change(TEST_PASSWORD);
    expectRefused(right);
    // The password stayed as it was: the owner still signs in with it from elsewhere.
    const signIn = await attempt('direct', { email: user.email, password: TEST_PASSWORD });
    expect(signIn.statusCode, signIn.body).toBe(200);
  });
});

describe('what is stored', () => {
  it('holds no e-mail or IP address', async () => {
    const user = await buildUser(app);
    const address = newAddress();
    await attempt('direct', { email: user.email, password: wrong(1), address });
    await attempt('direct', { email: user.email, password: TEST_PASSWORD, address });
    const { rows } = await app.database.pool.query<{ dump: string }>(
      `select (select coalesce(json_agg(t), '[]') from login_attempts t)::text
           || (select coalesce(json_agg(t), '[]') from login_account_failures t)::text
           || (select coalesce(json_agg(t), '[]') from login_known_clients t)::text as dump`,
    );
    const dump = rows[0]?.dump ?? '';
    expect(dump.length).toBeGreaterThan(10);
    expect(dump).not.toContain(user.email);
    expect(dump).not.toContain(address);
  });
});
