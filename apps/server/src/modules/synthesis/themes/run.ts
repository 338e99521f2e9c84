// Theme suggestion off the request thread: one worker thread per run, so a long run never
// blocks other requests and a cancelled one stops at once (terminate() ends the thread even in
// the middle of a synchronous loop, which a flag checked between steps could not).
import { Worker } from 'node:worker_threads';
import type { ThemeInput, ThemeProgress, ThemeSuggestion } from './suggest-themes.ts';
import type { WorkerMessage, WorkerRequest } from './worker.ts';

export type RunOptions = {
  onProgress?: (progress: ThemeProgress) => void;
  /** Aborting terminates the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
};

export function runThemeSuggestion(
  input: ThemeInput,
  options: RunOptions = {},
): Promise<ThemeSuggestion> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const request: WorkerRequest = { input };
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: request });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      // After a result the thread is ending anyway; after an error or abort it must not linger.
      void worker.terminate();
      finish();
    };
    const onAbort = () => settle(() => reject(signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      // Messages the worker posted before it was terminated still arrive; they are stale.
      if (settled) return;
      if (message.type === 'result') {
        settle(() => resolve(message.result));
        return;
      }
      try {
        onProgress?.(message.progress);
      } catch (error) {
        // A failing callback must not crash the process from inside an event handler.
        settle(() => reject(error));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new Error(`theme suggestion worker exited (code ${code}) without a result`)),
      ),
    );
  });
}
