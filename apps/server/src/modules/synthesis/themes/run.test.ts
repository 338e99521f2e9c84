// Through a real worker thread, which opens its own Voikko (CI installs it; see
// suggest-themes.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { openVoikko } from '../../search/voikko.ts';
import { runThemeSuggestion } from './run.ts';
import { suggestThemes, type ThemeProgress } from './suggest-themes.ts';
import { syntheticNotes } from './testing.ts';

// Enough notes that a run takes seconds, so an abort lands in the middle of it.
const MANY = 3000;
const voikko = openVoikko();
afterAll(() => voikko.analyzer?.close());

describe('runThemeSuggestion', () => {
  it('returns what the direct call returns and reports progress', async () => {
    const notes = syntheticNotes(300, 1);
    const progress: ThemeProgress[] = [];
    const result = await runThemeSuggestion(
      { notes, seed: 3 },
      { onProgress: (p) => progress.push(p) },
    );
    expect(result).toEqual(suggestThemes({ notes, seed: 3 }, { analyzer: voikko.analyzer }));
    expect(result.finnishAnalysis).toEqual({ method: 'voikko' });
    expect(result.themes.length).toBeGreaterThan(1);
    expect(progress[0]).toEqual({ phase: 'terms', fraction: 0 });
    expect(progress.at(-1)).toEqual({ phase: 'labelling', fraction: 1 });
    expect(progress.some((p) => p.phase === 'choosing-k')).toBe(true);
  });

  it('stops when aborted and rejects with the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('the facilitator closed the board');
    const progress: ThemeProgress[] = [];
    const started = performance.now();
    const run = runThemeSuggestion(
      { notes: syntheticNotes(MANY, 2) },
      {
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p);
          if (p.phase === 'choosing-k') controller.abort(reason);
        },
      },
    );
    await expect(run).rejects.toBe(reason);
    const seen = progress.length;
    // The whole run takes seconds; the abort ends it at once, and no progress follows.
    expect(performance.now() - started).toBeLessThan(5_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(progress.length).toBe(seen);
    expect(progress.some((p) => p.phase === 'clustering')).toBe(false);
  });

  it('does not start when the signal is already aborted', async () => {
    const onProgress = (): void => {
      throw new Error('a worker started');
    };
    await expect(
      runThemeSuggestion(
        { notes: syntheticNotes(10, 3) },
        { signal: AbortSignal.abort(new Error('too late')), onProgress },
      ),
    ).rejects.toThrow('too late');
  });

  it('rejects with the error the worker threw', async () => {
    await expect(runThemeSuggestion({ notes: syntheticNotes(10, 4), k: 0 })).rejects.toThrow(
      /k must be an integer/,
    );
  });
});
