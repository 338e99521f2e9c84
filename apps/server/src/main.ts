import { buildApp } from './app.ts';
import { openDatabase } from './db/open.ts';
import { demoLogins, seedDemoData } from './db/seeds/demo.ts';
import { demoFeedbackFormPath } from './db/seeds/demo-feedback.ts';
import { serverRoles, type ServerRole } from './http/types.ts';
import { jobDefinitions } from './jobs/definitions.ts';
import { finnishMorphology } from './modules/search/voikko.ts';
import { loadConfig, type Config } from './platform/env.ts';
import { createLifecycle, describeError, type Lifecycle } from './platform/lifecycle.ts';
import { createJobQueue } from './platform/jobs/job-queue.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { uploadStore } from './platform/storage.ts';

/**
 * `api` serves REST and the web app, `collab` live boards at /collab on the same port, `worker`
 * runs jobs; every role answers /healthz and /readyz. All three by default.
 */
function parseRoles(argv: string[], config: Config): ServerRole[] {
  const flag = argv.find((arg) => arg.startsWith('--roles='));
  const named = flag ? flag.slice('--roles='.length).split(',').filter(Boolean) : [...serverRoles];
  const unknown = named.filter((role) => !(serverRoles as readonly string[]).includes(role));
  if (unknown.length > 0)
    throw new Error(`Unknown role(s): ${unknown.join(', ')}. Known: ${serverRoles.join(', ')}.`);
  if (named.length === 0) throw new Error(`--roles names none of: ${serverRoles.join(', ')}.`);
  const roles = serverRoles.filter((role) => named.includes(role));
  // The other roles run in other processes, which cannot share one embedded database.
  if (roles.length < serverRoles.length && !config.databaseUrl)
    throw new Error(
      `--roles=${roles.join(',')} needs DATABASE_URL: the other roles run in other processes, ` +
        'and several processes cannot share the embedded database. Set DATABASE_URL to a ' +
        'PostgreSQL they all reach, or start without --roles to run every role in one process.',
    );
  return roles;
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const lifecycle = createLifecycle(logger);
  try {
    const roles = parseRoles(process.argv.slice(2), config);
    await start({ config, logger, roles, lifecycle });
  } catch (error) {
    console.error(`Timantti could not start: ${describeError(error)}`);
    await lifecycle.exit(1);
  }
}

async function start({
  config,
  logger,
  roles,
  lifecycle,
}: {
  config: Config;
  logger: Logger;
  roles: ServerRole[];
  lifecycle: Lifecycle;
}) {
  const database = await lifecycle.open(
    openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger }),
    (opened) => opened.close(),
  );
  const seeded = config.demo ? await seedDemoData(database.db, config) : false;
  // Every role may enqueue or cancel; stopped after HTTP, so requests in flight still can.
  const jobs = await lifecycle.open(
    (async () => {
      const queue = createJobQueue({
        url: database.url,
        db: database.db,
        logger,
        definitions: jobDefinitions,
        uploads: uploadStore(config, 'uploads'),
      });
      await queue.start();
      return queue;
    })(),
    (queue) => queue.stop(),
  );
  // Live boards are stored and disconnected first (a preClose hook), then HTTP closes.
  const { app } = await lifecycle.open(
    buildApp({
      database,
      config,
      feedbackLimits: config.feedbackLimits,
      oidc: config.oidc,
      ready: database.ready,
      jobs,
      roles,
      logger,
      instanceId: config.instanceId,
      collab: roles.includes('collab')
        ? {
            redisUrl: config.redisUrl,
            redisPrefix: config.redisPrefix,
            trustProxy: config.trustProxy,
            sweepIntervalMs: config.accessSweepMs,
          }
        : null,
    }),
    (built) => built.app.close(),
  );

  const address = await app.listen({ port: config.port, host: config.host });
  if (roles.includes('worker')) await jobs.work();
  const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  const morphology = finnishMorphology();
  const lines = [
    '',
    `  Timantti is running at ${url} (roles: ${roles.join(', ')}; instance ${config.instanceId})`,
    `  Database: ${database.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`,
    morphology.on
      ? '  Finnish search: Voikko morphology on (inflected forms and parts of compound words)'
      : `  Finnish search: Voikko morphology OFF (${morphology.reason}); inflected forms are found only in part, compound parts not at all. Install libvoikko1 and voikko-fi, restart, then run: npm run admin -- rebuild-search`,
  ];
  if (roles.includes('api') && config.demo && (seeded || (await demoLogins.present(database.db)))) {
    lines.push('', '  Demo logins (password for all: ' + demoLogins.password + '):');
    for (const login of demoLogins.people)
      lines.push(`    ${login.email.padEnd(36)} ${login.description}`);
    const formPath = await demoFeedbackFormPath(database.db);
    if (formPath) lines.push('', `  Demo feedback form (KUNTO): ${url}${formPath}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(`Timantti could not start: ${describeError(error)}`);
  process.exit(1);
});
