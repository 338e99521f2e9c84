import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { migrationsApplied, runMigrations } from '../src/db/migrate.ts';
import { loggerOptions } from '../src/platform/logger.ts';
import {
  adminOfNewOrganisation,
  buildUser,
  call,
  startTestApp,
  TEST_PASSWORD,
  testConfig,
} from './harness.ts';

const app = await startTestApp();

describe('operations', () => {
  it('answers health and readiness', async () => {
    expect((await app.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    // CI installs Voikko; finnish-morphology.test.ts covers the installation without it.
    expect((await app.app.inject('/readyz')).json()).toEqual({
      status: 'ok',
      finnishMorphology: true,
      roles: ['api'],
    });
    expect(await migrationsApplied(app.database.pool)).toBe(true);
  });

  it('tells the signed-in web app that Finnish search has morphology', async () => {
    const { session } = await adminOfNewOrganisation(app);
    const me = await call(app, session, 'GET', '/api/v1/auth/me');
    expect(me.json()).toMatchObject({ installation: { finnishMorphology: true } });
  });

  it('sends security headers: strict CSP without inline scripts, no framing', async () => {
    const response = await app.app.inject('/healthz');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    // Plain HTTP: HSTS would be meaningless and is not sent.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await app.app.inject({
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'sv' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      code: 'not_found',
      title: 'Sidan eller objektet hittades inte.',
    });
  });

  it('documents every API route in OpenAPI 3.1, with its schemas', async () => {
    const doc = (await app.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of app.routes.filter((r) => r.url.startsWith('/api/v1/'))) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(operation.summary).toEqual(expect.any(String));
      expect(Object.keys(operation.responses ?? {})).not.toEqual([]);
    }
    const create = doc.paths['/api/v1/orgs/{orgId}/projects'].post;
    expect(create.requestBody.content['application/json'].schema.properties.name.maxLength).toBe(
      200,
    );
    const docs = await app.app.inject('/api/docs');
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    expect(docs.body).toContain('<code>POST /api/v1/orgs/{orgId}/projects</code>');
  });

  it('logs requests without personal data', async () => {
    const lines: string[] = [];
    const logger = pino(loggerOptions('info'), { write: (line: string) => lines.push(line) });
    const logged = await buildApp({
      database: app.database,
      jobs: app.jobs,
      config: testConfig,
      ready: async () => true,
      logger,
    });
    const user = await buildUser(app, { name: 'Salli Salainen' });
    const response = await logged.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login?email=' + encodeURIComponent(user.email),
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { 'user-agent': 'Selain/1.0', 'x-forwarded-for': '198.51.100.7' },
    });
    const token = response.cookies[0]?.value ?? 'no-token';
    await logged.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `timantti_session=${token}` },
    });
    await logged.app.close();
    const log = lines.join('');
    expect(log).toContain('/api/v1/auth/login');
    for (const secret of [user.email, TEST_PASSWORD, 'Salli', token, '198.51.100.7', 'Selain']) {
      expect(log).not.toContain(secret);
    }
  });

  it('applies migrations once when several instances start at the same moment', async () => {
    const name = `timantti_migrate_${randomBytes(4).toString('hex')}`;
    await app.database.pool.query(`create database ${name}`);
    const url = new URL(inject('databaseUrl'));
    url.pathname = `/${name}`;
    const pools = [0, 1, 2].map(() => {
      const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
      // The database is dropped (with force) right after: a connection still closing then hears
      // "terminating connection", which is expected and not a failure of this test.
      pool.on('error', () => undefined);
      return pool;
    });
    try {
      await Promise.all(pools.map((pool) => runMigrations(pool)));
      const first = pools[0] as pg.Pool;
      expect(await migrationsApplied(first)).toBe(true);
      const applied = await first.query(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      const { entries } = (
        await import('../src/db/migrations/meta/_journal.json', { with: { type: 'json' } })
      ).default;
      expect(applied.rows[0].n).toBe(entries.length);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await app.database.pool.query(`drop database ${name} with (force)`);
    }
  });
});
