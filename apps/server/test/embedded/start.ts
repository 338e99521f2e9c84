import { fork } from 'node:child_process';
import { once } from 'node:events';

export type EmbeddedDatabaseProcess = { url: string; stop: () => Promise<void> };

/** Starts the embedded PostgreSQL in a child process (see database-process.ts for why). */
export async function startEmbeddedDatabaseProcess(
  dataDir: string,
): Promise<EmbeddedDatabaseProcess> {
  const child = fork(new URL('./database-process.ts', import.meta.url), [dataDir], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url?: string }) =>
      message.url ? resolve(message.url) : reject(new Error('no database URL')),
    );
    child.once('exit', (code) =>
      reject(new Error(`the embedded database process exited with ${code} before it was ready`)),
    );
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send('stop');
      await exited;
    },
  };
}
