import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Perspective, Role } from '@timantti/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { connectDatabase, type Database } from '../src/db/client.ts';
import { memberships, organisations, projectMembers, users } from '../src/db/schema.ts';
import { hashPassword } from '../src/modules/auth/passwords.ts';
import { createSession } from '../src/modules/auth/sessions.repo.ts';
import { createProject } from '../src/modules/projects/commands/create-project.ts';
import { jobDefinitions } from '../src/jobs/definitions.ts';
import { createJobQueue, type JobQueue } from '../src/platform/jobs/job-queue.ts';
import { createLogger, type Logger } from '../src/platform/logger.ts';
import type { FeedbackLimits } from '../src/http/types.ts';
import type { OidcConfig } from '../src/modules/oidc/oidc-config.ts';

export const TEST_PASSWORD = 'kestävä-testisalasana-42';
const passwordHash = hashPassword(TEST_PASSWORD);

export type TestApp = Awaited<ReturnType<typeof buildApp>> & {
  database: Database;
  jobs: JobQueue;
};

/** What the fixture builders need: a database, of a test app or of servers a test started. */
export type WithDatabase = Pick<TestApp, 'database'>;

/**
 * The job queue on the run's test database. Started by the first enqueue's caller; test apps
 * run no jobs unless asked (`worker`), so jobs one file enqueues are not run by another.
 */
export function testJobQueue(
  database: Database,
  logger: Logger = createLogger('silent'),
): JobQueue {
  return createJobQueue({
    url: inject('databaseUrl'),
    db: database.db,
    logger,
    definitions: jobDefinitions,
  });
}

/** The app's configuration in tests: no web build, uploads in a directory of this test file. */
export const testConfig = {
  trustProxy: false as boolean,
  webDist: '/nonexistent',
  dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'timantti-files-')),
};

/** The real app against the run's test database, closed after the file's tests. */
export async function startTestApp(
  options: {
    feedbackLimits?: FeedbackLimits;
    oidc?: OidcConfig;
    /** Run jobs in this process too (the worker role), logging through `jobsLogger`. */
    worker?: boolean;
    jobsLogger?: Logger;
  } = {},
): Promise<TestApp> {
  const { worker, jobsLogger, ...appOptions } = options;
  const logger = createLogger('silent');
  const database = connectDatabase(inject('databaseUrl'), logger, 4);
  const jobs = testJobQueue(database, jobsLogger);
  await jobs.start();
  if (worker) await jobs.work();
  const built = await buildApp({
    database,
    config: testConfig,
    ...appOptions,
    jobs,
    roles: worker ? ['api', 'worker'] : ['api'],
    ready: async () => true,
    logger: false,
  });
  afterAll(async () => {
    await built.app.close();
    await jobs.stop();
    await database.pool.end();
    fs.rmSync(testConfig.dataDir, { recursive: true, force: true });
  });
  return { ...built, database, jobs };
}

// 48 random bits: the authorization matrix alone builds thousands of people per run, and with
// 32 bits two of them sharing an e-mail address was a matter of time.
const unique = () => randomUUID().replaceAll('-', '').slice(0, 12);

export async function buildOrganisation(app: WithDatabase, name = `Testikunta ${unique()}`) {
  const [row] = await app.database.db
    .insert(organisations)
    .values({ name, slug: `org-${unique()}` })
    .returning();
  if (!row) throw new Error('no organisation');
  return row;
}

export async function buildUser(
  app: WithDatabase,
  options: { organisationId?: string; role?: Role; name?: string } = {},
) {
  const email = `person-${unique()}@test.example`;
  const [row] = await app.database.db
    .insert(users)
    .values({
      email,
      displayName: options.name ?? `Testi Henkilö ${unique()}`,
      passwordHash: await passwordHash,
    })
    .returning();
  if (!row) throw new Error('no user');
  if (options.organisationId) {
    await app.database.db.insert(memberships).values({
      organisationId: options.organisationId,
      userId: row.id,
      role: options.role ?? 'member',
    });
  }
  return row;
}

/** A project with its organisation and an admin who created it. */
export async function buildProject(
  app: WithDatabase,
  options: { organisationId?: string; creatorId?: string } = {},
) {
  const organisationId = options.organisationId ?? (await buildOrganisation(app)).id;
  const creatorId =
    options.creatorId ?? (await buildUser(app, { organisationId, role: 'admin' })).id;
  const id = await createProject(app.database.db, {
    actorUserId: creatorId,
    organisationId,
    values: {
      name: `Projekti ${unique()}`,
      challenge: 'Miten voisimme…',
      goals: [],
      targetGroup: '',
      indicators: [],
    },
  });
  return { id, organisationId, creatorId };
}

export async function addToTeam(
  app: WithDatabase,
  projectId: string,
  userId: string,
  perspectives: Perspective[] = [],
) {
  await app.database.db.insert(projectMembers).values({ projectId, userId, perspectives });
}

export type Session = { cookie: string; csrfToken: string; userId: string };

export async function signIn(app: TestApp, user: { email: string; id: string }): Promise<Session> {
  const response = await app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'timantti_session');
  if (!cookie) throw new Error('no session cookie');
  return {
    cookie: `timantti_session=${cookie.value}`,
    csrfToken: response.json<{ csrfToken: string }>().csrfToken,
    userId: user.id,
  };
}

/** Calls the API as a signed-in person (or anonymously), sending the CSRF token on writes. */
export function call(
  app: TestApp,
  session: Session | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      ...headers,
    },
  });
}

/** A session made directly, for tests that need many signed-in people quickly. */
export async function sessionFor(app: WithDatabase, userId: string): Promise<Session> {
  const { token, csrfToken } = await createSession(app.database.db, {
    userId,
    userAgent: 'vitest',
  });
  return { cookie: `timantti_session=${token}`, csrfToken, userId };
}

/** A new organisation with a signed-in administrator. */
export async function adminOfNewOrganisation(app: TestApp) {
  const org = await buildOrganisation(app);
  const admin = await buildUser(app, { organisationId: org.id, role: 'admin' });
  return { org, admin, session: await sessionFor(app, admin.id) };
}
