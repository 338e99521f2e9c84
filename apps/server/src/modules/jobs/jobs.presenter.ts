import type { Job, JobKind } from '@timantti/contracts';
import { DEAD_JOB_KEPT_MS } from '../../platform/jobs/job-queue.ts';
import type { JobRow } from '../../platform/jobs/jobs.repo.ts';

/** A job for its organisation's admins, with what they may do to it now. */
export function presentJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind as JobKind,
    state: row.state,
    progress: row.progress,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      cancel: ['queued', 'running', 'failed'].includes(row.state),
      redrive: row.state === 'dead' && Date.now() - row.updatedAt.getTime() < DEAD_JOB_KEPT_MS,
    },
  };
}
