import type { z } from 'zod';
import type { ThemeSuggestionInput } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import type { JobQueue } from '../../../platform/jobs/job-queue.ts';
import { themeSuggestionJob } from '../theme-suggestion.job.ts';
import {
  countRunningThemeSuggestions,
  deleteOldThemeSuggestions,
  insertThemeSuggestion,
  lockOrganisationThemeSuggestions,
  updateRunningThemeSuggestion,
} from '../theme-suggestions.repo.ts';

// Suggestions are looked at and acted on in a workshop, then forgotten.
const KEEP_FOR = '1 day';
// A workshop's teams asking at once wait their turn; beyond that a request is refused at once
// rather than left waiting minutes on a queue that only grows. Counted per organisation, so
// one organisation's workshop does not shut out the others.
export const THEME_SUGGESTIONS_IN_FLIGHT = 10;
// A run not finished by then was lost with its row (e.g. its job was cancelled by an admin)
// and holds no place in the queue.
const IN_FLIGHT_WITHIN = '1 hour';

/**
 * Records a theme suggestion run and its job, then enqueues the job; the run is computed by
 * whichever instance has the worker role. Past the organisation's bound: 503
 * `theme_suggestions_busy`, and nothing is recorded.
 */
export async function startThemeSuggestion(
  db: Db,
  jobs: JobQueue,
  input: {
    organisationId: string;
    projectId: string;
    boardId: string;
    userId: string;
    values: z.output<typeof ThemeSuggestionInput>;
  },
) {
  const { row, job } = await db.transaction(async (tx) => {
    await lockOrganisationThemeSuggestions(tx, input.organisationId);
    const inFlight = await countRunningThemeSuggestions(tx, input.organisationId, IN_FLIGHT_WITHIN);
    if (inFlight >= THEME_SUGGESTIONS_IN_FLIGHT) throw new AppError('theme_suggestions_busy');
    await deleteOldThemeSuggestions(tx, input.boardId, KEEP_FOR);
    const job = await jobs.record(
      themeSuggestionJob,
      { organisationId: input.organisationId, createdBy: input.userId },
      tx,
    );
    const row = await insertThemeSuggestion(tx, {
      projectId: input.projectId,
      boardId: input.boardId,
      status: 'running',
      phase: 'queued',
      input: { cards: input.values.cards, themes: input.values.themes },
      jobId: job.id,
      createdBy: input.userId,
    });
    return { row, job };
  });
  try {
    await jobs.send(themeSuggestionJob, job, { themeSuggestionId: row.id });
  } catch (error) {
    // Never queued, it would otherwise be polled as running for ever.
    await updateRunningThemeSuggestion(db, row.id, { status: 'failed' });
    throw error;
  }
  return row;
}
