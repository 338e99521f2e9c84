import os from 'node:os';
import type { z } from 'zod';
import type { ThemeSuggestionInput } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Logger } from '../../../platform/logger.ts';
import {
  cancelThemeSuggestion,
  deleteOldThemeSuggestions,
  insertThemeSuggestion,
  updateRunningThemeSuggestion,
  type ThemeSuggestionUpdate,
} from '../theme-suggestions.repo.ts';
import { runThemeSuggestion } from '../themes/run.ts';
import type { ThemeProgress } from '../themes/suggest-themes.ts';

// Progress is written at most this often; a phase change is written at once.
const PROGRESS_EVERY_MS = 250;
// Suggestions are looked at and acted on in a workshop, then forgotten.
const KEEP_FOR = '1 day';
// A workshop's teams asking at once wait their turn; beyond that a request is refused at once
// rather than left waiting minutes on a queue that only grows.
const WAITING_PER_SLOT = 4;

type Input = z.output<typeof ThemeSuggestionInput>;

/**
 * Runs theme suggestions in worker threads, each run taking one core, on at most half the
 * cores (the rest serve requests and live boards), with a bounded queue: a request past it
 * gets 503 `theme_suggestions_busy`. Each run's progress and result is kept in
 * `theme_suggestions` for whichever instance is polled. A run cancelled on any instance stops
 * at its next progress write; on shutdown, running ones are marked failed rather than left
 * hanging. A run that fails on its own is logged (its id and the error, never the cards).
 */
export function themeSuggestionRunner(
  db: Db,
  options: { parallel?: number; logger?: Pick<Logger, 'error'> } = {},
) {
  const parallel = options.parallel ?? Math.max(1, Math.floor(os.availableParallelism() / 2));
  const maxAccepted = parallel * (1 + WAITING_PER_SLOT);
  // Counted when a request is accepted, before its row is written, so requests arriving
  // together cannot all slip under the bound.
  let accepted = 0;
  const waiting: (() => void)[] = [];
  const controllers = new Map<string, AbortController>();
  let active = 0;

  const slot = () =>
    new Promise<void>((resolve) => {
      if (active < parallel) {
        active += 1;
        resolve();
      } else waiting.push(resolve);
    });
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  const write = (id: string, values: ThemeSuggestionUpdate) =>
    updateRunningThemeSuggestion(db, id, values);

  async function run(id: string, input: Input, controller: AbortController) {
    await slot();
    try {
      if (controller.signal.aborted) return;
      let lastWrite = 0;
      let lastPhase = '';
      let writing: Promise<unknown> = Promise.resolve();
      const onProgress = ({ phase, fraction }: ThemeProgress) => {
        const now = Date.now();
        if (phase === lastPhase && now - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = now;
        lastPhase = phase;
        writing = write(id, { phase, progress: fraction }).then((rows) => {
          if (rows.length === 0) controller.abort(new Error('cancelled'));
        });
      };
      const suggestion = await runThemeSuggestion(
        {
          notes: input.cards.map((card) => ({
            id: card.cardId,
            text: card.text,
            language: card.language,
          })),
          ...(input.themes ? { k: input.themes } : {}),
        },
        { onProgress, signal: controller.signal },
      );
      await writing;
      await write(id, {
        status: 'done',
        progress: 1,
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
    } catch (error) {
      // Cancelled runs are already marked; anything else is a failure the poller is told of.
      if (!controller.signal.aborted) {
        options.logger?.error({ err: error, themeSuggestionId: id }, 'theme suggestion failed');
      }
      await write(id, { status: 'failed' }).catch(() => undefined);
    } finally {
      controllers.delete(id);
      accepted -= 1;
      release();
    }
  }

  async function record(input: {
    projectId: string;
    boardId: string;
    userId: string;
    values: Input;
  }) {
    await deleteOldThemeSuggestions(db, input.boardId, KEEP_FOR);
    const row = await insertThemeSuggestion(db, {
      projectId: input.projectId,
      boardId: input.boardId,
      status: 'running',
      phase: 'queued',
      createdBy: input.userId,
    });
    const controller = new AbortController();
    controllers.set(row.id, controller);
    void run(row.id, input.values, controller);
    return row;
  }

  return {
    /** Records a run and starts it; resolves with the new row once it is recorded. */
    async start(input: { projectId: string; boardId: string; userId: string; values: Input }) {
      if (accepted >= maxAccepted) throw new AppError('theme_suggestions_busy');
      accepted += 1;
      try {
        return await record(input);
      } catch (error) {
        accepted -= 1;
        throw error;
      }
    },

    /** Cancels a run: marked here, stopped here or at its next progress write elsewhere. */
    async cancel(id: string) {
      await cancelThemeSuggestion(db, id);
      controllers.get(id)?.abort(new Error('cancelled'));
    },

    async close() {
      const ids = [...controllers.keys()];
      for (const controller of controllers.values()) controller.abort(new Error('shutting down'));
      for (const id of ids) await write(id, { status: 'failed' }).catch(() => undefined);
    },
  };
}

export type ThemeSuggestionRunner = ReturnType<typeof themeSuggestionRunner>;
