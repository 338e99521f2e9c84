import os from 'node:os';
import type { z } from 'zod';
import type { ThemeSuggestionInput } from '@timantti/contracts';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { themeSuggestions } from '../../../db/schema.ts';
import { runThemeSuggestion } from '../themes/run.ts';
import type { ThemeProgress } from '../themes/suggest-themes.ts';

// Progress is written at most this often; a phase change is written at once.
const PROGRESS_EVERY_MS = 250;
// Suggestions are looked at and acted on in a workshop, then forgotten.
const KEEP_FOR = '1 day';

type Input = z.output<typeof ThemeSuggestionInput>;

/**
 * Runs theme suggestions in worker threads, one core's worth at a time (the rest serve
 * requests and live boards), keeping each run's progress and result in `theme_suggestions`
 * for whichever instance is polled. A run cancelled on any instance stops at its next
 * progress write; on shutdown, running ones are marked failed rather than left hanging.
 */
export function themeSuggestionRunner(db: Db) {
  const parallel = Math.max(1, os.availableParallelism() - 1);
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

  // Only a running row is written: a cancelled one stays cancelled.
  const write = (id: string, values: Partial<typeof themeSuggestions.$inferInsert>) =>
    db
      .update(themeSuggestions)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(themeSuggestions.id, id), eq(themeSuggestions.status, 'running')))
      .returning({ id: themeSuggestions.id });

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
    } catch {
      // Cancelled runs are already marked; anything else is a failure the poller is told of.
      await write(id, { status: 'failed' }).catch(() => undefined);
    } finally {
      controllers.delete(id);
      release();
    }
  }

  return {
    /** Records a run and starts it; resolves with the new row once it is recorded. */
    async start(input: { projectId: string; boardId: string; userId: string; values: Input }) {
      await db
        .delete(themeSuggestions)
        .where(
          and(
            eq(themeSuggestions.boardId, input.boardId),
            lt(themeSuggestions.createdAt, sql`now() - ${KEEP_FOR}::interval`),
          ),
        );
      const [row] = await db
        .insert(themeSuggestions)
        .values({
          projectId: input.projectId,
          boardId: input.boardId,
          status: 'running',
          phase: 'queued',
          createdBy: input.userId,
        })
        .returning();
      if (!row) throw new Error('theme suggestion insert returned nothing');
      const controller = new AbortController();
      controllers.set(row.id, controller);
      void run(row.id, input.values, controller);
      return row;
    },

    /** Cancels a run: marked here, stopped here or at its next progress write elsewhere. */
    async cancel(id: string) {
      await db
        .update(themeSuggestions)
        .set({ status: 'cancelled', updatedAt: sql`now()` })
        .where(and(eq(themeSuggestions.id, id), eq(themeSuggestions.status, 'running')));
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
