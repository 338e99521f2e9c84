// A process run by lifecycle.test.ts: it opens two resources through the lifecycle, as the
// server opens its database and then its HTTP server, and then ends as argv[2] says.
import { createLifecycle } from '../../src/platform/lifecycle.ts';
import { createLogger } from '../../src/platform/logger.ts';

const how = process.argv[2];
const say = (line: string) => process.stdout.write(`${line}\n`);
const lifecycle = createLifecycle(createLogger('silent'));
const opened = (name: string) => async () => {
  say(`opened ${name}`);
  return name;
};
const close = async (name: string) => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  say(`closed ${name}`);
};

await lifecycle.open(opened('database')(), close);
if (how === 'signal-while-opening') {
  // The signal arrives while the second resource is still opening.
  const opening = new Promise<string>((resolve) => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => resolve('server'), 100);
  });
  await lifecycle.open(opening, close);
  say('start-up went on');
}
await lifecycle.open(opened('server')(), close);
say('ready');

if (how === 'uncaught') setTimeout(() => JSON.parse('{'), 10);
if (how === 'unhandled') void Promise.reject(new Error('a promise nobody awaited'));
// Keeps the process alive until a signal or an error ends it.
setInterval(() => undefined, 1000);
