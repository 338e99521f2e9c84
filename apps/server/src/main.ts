import { buildApp } from './app.ts';
import { openDatabase } from './db/open.ts';
import { demoLogins, seedDemoData } from './db/seeds/demo.ts';
import { demoFeedbackFormPath } from './db/seeds/demo-feedback.ts';
import { finnishMorphology } from './modules/search/voikko.ts';
import { loadConfig, type Config } from './platform/env.ts';
import { createLifecycle, describeError, type Lifecycle } from './platform/lifecycle.ts';
import { createLogger, type Logger } from './platform/logger.ts';

// `collab` serves live boards at /collab on the API's port; the API itself is always served.
const knownRoles = ['api', 'collab'] as const;

function parseRoles(argv: string[]): string[] {
  const flag = argv.find((arg) => arg.startsWith('--roles='));
  const roles = flag ? flag.slice('--roles='.length).split(',').filter(Boolean) : [...knownRoles];
  const unknown = roles.filter((role) => !(knownRoles as readonly string[]).includes(role));
  if (unknown.length > 0)
    throw new Error(`Unknown role(s): ${unknown.join(', ')}. Known: ${knownRoles.join(', ')}.`);
  return roles;
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const roles = parseRoles(process.argv.slice(2));
  const lifecycle = createLifecycle(logger);
  try {
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
  roles: string[];
  lifecycle: Lifecycle;
}) {
  const database = await lifecycle.open(
    openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger }),
    (opened) => opened.close(),
  );
  const seeded = config.demo ? await seedDemoData(database.db) : false;
  // Live boards are stored and disconnected first (a preClose hook), then HTTP closes.
  const { app } = await lifecycle.open(
    buildApp({
      database,
      config,
      feedbackLimits: config.feedbackLimits,
      oidc: config.oidc,
      ready: database.ready,
      logger,
      collab: roles.includes('collab')
        ? { redisUrl: config.redisUrl, trustProxy: config.trustProxy }
        : null,
    }),
    (built) => built.app.close(),
  );

  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  const morphology = finnishMorphology();
  const lines = [
    '',
    `  Timantti is running at ${url}`,
    `  Database: ${database.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`,
    morphology.on
      ? '  Finnish search: Voikko morphology on (inflected forms and parts of compound words)'
      : `  Finnish search: Voikko morphology OFF (${morphology.reason}); inflected forms are found only in part, compound parts not at all. Install libvoikko1 and voikko-fi, restart, then run: npm run admin -- rebuild-search`,
  ];
  if (config.demo && (seeded || (await demoLogins.present(database.db)))) {
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
