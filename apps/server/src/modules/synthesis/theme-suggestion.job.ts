import os from 'node:os';
import { Id } from '@timantti/contracts';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition.ts';
import {
  readThemeSuggestionInput,
  reopenThemeSuggestion,
  updateRunningThemeSuggestion,
} from './theme-suggestions.repo.ts';
import { runThemeSuggestion } from './themes/run.ts';
import type { ThemeProgress } from './themes/suggest-themes.ts';

// Progress is written at most this often; a phase change is written at once.
const PROGRESS_EVERY_MS = 250;

/**
 * Theme suggestion for cards of a board, as a job: the clustering runs in a worker thread of
 * the worker role (so its event loop stays free for heartbeats and other jobs), at most half
 * the cores at once; progress and result go to `theme_suggestions`, which any instance
 * answers polls from. Running again after a killed worker recomputes the same themes and
 * overwrites them: once in effect. The payload names the run only: the cards' texts are read
 * from the run's row (checked by the route, taken as they are here, so a run that fails on its
 * own fails in the handler, where it is logged), so no copy of them outlives it in the queue.
 */
export const themeSuggestionJob = defineJob({
  name: 'theme-suggestion',
  payload: z.object({ themeSuggestionId: Id }),
  retryLimit: 2,
  retryDelaySeconds: 1,
  retryBackoff: false,
  expireInSeconds: 10 * 60,
  concurrency: Math.max(1, Math.floor(os.availableParallelism() / 2)),
  async run(payload, { db, signal, progress }) {
    const id = payload.themeSuggestionId;
    // Delivered again after it finished, or cancelled meanwhile: nothing left to do.
    if ((await reopenThemeSuggestion(db, id)) !== 'running') return;
    const input = await readThemeSuggestionInput(db, id);
    if (!input) {
      await updateRunningThemeSuggestion(db, id, { status: 'failed' });
      return;
    }
    const local = new AbortController();
    const stop = AbortSignal.any([signal, local.signal]);
    let lastWrite = 0;
    let lastPhase = '';
    let writing: Promise<unknown> = Promise.resolve();
    const onProgress = ({ phase, fraction }: ThemeProgress) => {
      const now = Date.now();
      if (phase === lastPhase && now - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = now;
      lastPhase = phase;
      writing = Promise.all([
        updateRunningThemeSuggestion(db, id, { phase, progress: fraction }).then((rows) => {
          // Cancelled on some instance: stop at once rather than at the next heartbeat.
          if (rows.length === 0) local.abort(new Error('cancelled'));
        }),
        progress(fraction),
      ]);
    };
    const suggestion = await runThemeSuggestion(
      {
        notes: input.cards.map((card) => ({
          id: card.cardId,
          text: card.text,
          language: card.language,
        })),
        ...(input.themes !== undefined ? { k: input.themes } : {}),
      },
      { onProgress, signal: stop },
    );
    await writing;
    await updateRunningThemeSuggestion(db, id, {
      status: 'done',
      progress: 1,
      input: null,
      result: {
        themes: suggestion.themes.map((theme) => ({
          label: theme.label,
          terms: theme.terms,
          cardIds: theme.noteIds,
        })),
        unassignedCardIds: suggestion.unassignedNoteIds,
        finnishAnalysis: suggestion.finnishAnalysis.method,
      },
    });
  },
  async onDead(payload, { db }) {
    await updateRunningThemeSuggestion(db, payload.themeSuggestionId, { status: 'failed' });
  },
});
