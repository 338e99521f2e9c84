// The worker thread of runThemeSuggestion (run.ts): clustering thousands of notes takes seconds
// of CPU, which must not block the server's event loop. Each run opens its own Voikko (a native
// handle belongs to one thread) and closes it when done.
import { parentPort, workerData } from 'node:worker_threads';
import { openVoikko } from '../../search/voikko.ts';
import {
  suggestThemes,
  type ThemeInput,
  type ThemeProgress,
  type ThemeSuggestion,
} from './suggest-themes.ts';

export type WorkerRequest = { input: ThemeInput };
export type WorkerMessage =
  { type: 'progress'; progress: ThemeProgress } | { type: 'result'; result: ThemeSuggestion };

if (!parentPort) throw new Error('worker.ts runs only as a worker thread (see run.ts)');
const port = parentPort;
const { input } = workerData as WorkerRequest;
const voikko = openVoikko();
try {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const result = suggestThemes(input, {
    analyzer: voikko.analyzer,
    ...(voikko.reason === null ? {} : { analyzerUnavailableReason: voikko.reason }),
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'result', result });
} finally {
  voikko.analyzer?.close();
}
