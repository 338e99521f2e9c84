import { PgBoss, type Job, type JobResult } from 'pg-boss';
import type { Db, Queryable } from '../../db/client.ts';
import type { Logger } from '../logger.ts';
import { deadLetterQueue, type JobDefinition } from './job-definition.ts';
import {
  findJob,
  insertJob,
  moveJob,
  startJobAttempt,
  updateRunningJob,
  type JobRow,
} from './jobs.repo.ts';

// A worker refreshes its claim this often; a job whose claim is not refreshed for
// HEARTBEAT_SECONDS (its worker was killed) is retried on another. pg-boss's minimum is 10 s.
const HEARTBEAT_SECONDS = 10;
// The refresh also tells the worker that a job was cancelled elsewhere (its claim is gone), so
// it is frequent: a cancel stops a running job within about a second on any instance.
const HEARTBEAT_REFRESH_SECONDS = 1;
// How often the queue looks for jobs whose heartbeat stopped; with the heartbeat this bounds how
// long a killed worker's job waits (10–20 s). pg-boss's default is a minute.
const SUPERVISE_SECONDS = 10;
// A finished job's payload (which may hold what people wrote) is kept no longer than this.
const KEEP_FINISHED_SECONDS = 60 * 60;
// A dead job waits this long for an admin to run it again, then its payload is deleted too.
const KEEP_DEAD_SECONDS = 24 * 60 * 60;
/** How long a dead job can be run again (its dead-letter copy is kept this long). */
export const DEAD_JOB_KEPT_MS = KEEP_DEAD_SECONDS * 1000;
// Our row says dead as the last attempt fails; pg-boss writes the dead-letter copy a moment
// later. A redrive in that moment waits for the copy this long.
const DEAD_COPY_WAIT_MS = 5_000;
const PROGRESS_EVERY_MS = 250;
const RETRY_POLL_SECONDS = 2;

type Envelope = { jobId: string; organisationId: string; payload: unknown };

export type EnqueueOptions = { organisationId: string; createdBy: string | null };

/**
 * The job queue on PostgreSQL: pg-boss delivers (its own schema `pgboss`, created at start),
 * our `jobs` table says what each job is and how far along, per organisation. Every instance
 * can enqueue and cancel; only `work()` (the worker role) runs handlers.
 */
export function createJobQueue(options: {
  url: string;
  db: Db;
  logger: Logger;
  definitions: readonly JobDefinition[];
}) {
  const { db, logger } = options;
  const definitions = new Map(options.definitions.map((d) => [d.name, d]));
  const boss = new PgBoss({
    connectionString: options.url,
    max: 4,
    application_name: 'timantti-jobs',
    superviseIntervalSeconds: SUPERVISE_SECONDS,
    monitorIntervalSeconds: SUPERVISE_SECONDS,
    useListenNotify: true,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  let started: Promise<unknown> | null = null;
  const running = new Map<string, AbortController>();

  async function createQueues() {
    for (const d of definitions.values()) {
      // The dead-letter queue first: a queue naming one that does not exist is refused.
      const dead = {
        retentionSeconds: KEEP_DEAD_SECONDS,
        deleteAfterSeconds: KEEP_FINISHED_SECONDS,
      };
      const queue = {
        retryLimit: d.retryLimit,
        retryDelay: d.retryDelaySeconds,
        retryBackoff: d.retryBackoff,
        expireInSeconds: d.expireInSeconds,
        heartbeatSeconds: HEARTBEAT_SECONDS,
        deleteAfterSeconds: KEEP_FINISHED_SECONDS,
        deadLetter: deadLetterQueue(d.name),
        notify: true,
      };
      // createQueue leaves a queue that exists as it was: a definition changed since (more
      // retries, a longer expiry) takes effect through updateQueue.
      await boss.createQueue(deadLetterQueue(d.name), dead);
      await boss.updateQueue(deadLetterQueue(d.name), dead);
      await boss.createQueue(d.name, queue);
      await boss.updateQueue(d.name, queue);
    }
  }

  async function runOne(definition: JobDefinition, job: Job<Envelope>): Promise<JobResult> {
    const { jobId, organisationId } = job.data;
    const row = await startJobAttempt(db, jobId);
    // Finished or cancelled already: delivered again, it has nothing left to do.
    if (!row) return { id: job.id, status: 'completed' };
    const base = { jobId, organisationId, attempt: row.attempts, db, logger };
    const parsed = definition.payload.safeParse(job.data.payload);
    if (!parsed.success) {
      // A payload that does not parse never will: straight to the dead-letter queue. Its
      // issues are not logged, as they quote the payload's values.
      logger.error({ jobId, kind: definition.name }, 'job payload refused');
      await updateRunningJob(db, jobId, { state: 'dead' });
      return { id: job.id, status: 'deadletter' };
    }
    const payload = parsed.data;
    // Which instance ran what, when several run jobs; ids only, never the payload.
    logger.info({ jobId, kind: definition.name, attempt: row.attempts }, 'job started');
    const local = new AbortController();
    running.set(jobId, local);
    const signal = AbortSignal.any([job.signal, local.signal]);
    let lastProgress = 0;
    const progress = async (fraction: number) => {
      const now = Date.now();
      if (now - lastProgress < PROGRESS_EVERY_MS && fraction < 1) return;
      lastProgress = now;
      const rows = await updateRunningJob(db, jobId, { progress: fraction });
      if (rows.length === 0) local.abort(new Error('cancelled'));
    };
    try {
      await definition.run(payload, { ...base, signal, progress });
    } catch (error) {
      // Cancelled (the handler may see it first), or claimed by another worker: whoever holds
      // the job now says how it ends.
      if (signal.aborted || (await findJob(db, jobId))?.state !== 'running')
        return { id: job.id, status: 'failed', output: { aborted: true } };
      const last = job.retryCount >= definition.retryLimit;
      logger.error(
        { err: error, jobId, kind: definition.name, attempt: row.attempts, last },
        'job failed',
      );
      await updateRunningJob(db, jobId, { state: last ? 'dead' : 'failed' });
      if (last) await definition.onDead?.(payload, base);
      return { id: job.id, status: 'failed', output: { message: 'failed' } };
    } finally {
      running.delete(jobId);
    }
    await updateRunningJob(db, jobId, { state: 'done', progress: 1 });
    return { id: job.id, status: 'completed' };
  }

  /** The pg-boss jobs of `queue` carrying ours. */
  async function deliveries(queue: string, jobId: string) {
    return boss.findJobs<Envelope>(queue, { data: { jobId } });
  }

  return {
    /** Connects and creates pg-boss's schema and our queues; enqueueing needs it. */
    async start() {
      started ??= boss.start().then(createQueues);
      await started;
    },

    /** Runs every kind of job in this process (the worker role). */
    async work() {
      await this.start();
      for (const definition of definitions.values()) {
        const batchSize = definition.batchSize ?? 1;
        await boss.work<Envelope>(
          definition.name,
          {
            batchSize,
            burstWhenBatchFull: batchSize > 1,
            localConcurrency: definition.concurrency,
            heartbeatRefreshSeconds: HEARTBEAT_REFRESH_SECONDS,
            // NOTIFY wakes a worker for a new job, not for a retry coming due: poll for those.
            notifyPollingIntervalSeconds: RETRY_POLL_SECONDS,
            perJobResults: true,
          },
          (batch) => Promise.all(batch.map((job) => runOne(definition, job))),
        );
      }
    },

    /**
     * Records a job in `db` (the caller's transaction, so the job exists with what it is for);
     * `send` hands it to the queue and must be called once that has committed.
     */
    async record(definition: JobDefinition, enqueue: EnqueueOptions, tx: Queryable = db) {
      return insertJob(tx, { ...enqueue, kind: definition.name });
    },

    async send(definition: JobDefinition, job: JobRow, payload: unknown) {
      const envelope: Envelope = {
        jobId: job.id,
        organisationId: job.organisationId,
        payload: definition.payload.parse(payload),
      };
      try {
        await boss.send(definition.name, envelope, { id: job.id });
      } catch (error) {
        await moveJob(db, job.id, ['queued'], 'failed');
        throw error;
      }
    },

    async enqueue(definition: JobDefinition, payload: unknown, enqueue: EnqueueOptions) {
      const job = await this.record(definition, enqueue);
      await this.send(definition, job, payload);
      return job;
    },

    /**
     * Cancels a job that has not finished: marked here at once, a run on any instance is aborted
     * within about a second. False when there was nothing to cancel.
     */
    async cancel(jobId: string) {
      const row = await moveJob(db, jobId, ['queued', 'running', 'failed'], 'cancelled');
      if (!row) return false;
      running.get(jobId)?.abort(new Error('cancelled'));
      const live = (await deliveries(row.kind, jobId)).filter((job) =>
        ['created', 'retry', 'active'].includes(job.state),
      );
      if (live.length > 0)
        await boss.cancel(
          row.kind,
          live.map((job) => job.id),
        );
      return true;
    },

    /** Runs a dead job again from its dead-letter queue. False when it is not dead. */
    async redrive(jobId: string) {
      const died = await findJob(db, jobId);
      const row = died && (await moveJob(db, jobId, ['dead'], 'queued'));
      if (!died || !row) return false;
      const redrive = () => boss.redrive(deadLetterQueue(row.kind), { data: { jobId } });
      let moved = await redrive();
      while (moved === 0 && Date.now() - died.updatedAt.getTime() < DEAD_COPY_WAIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        moved = await redrive();
      }
      if (moved === 0) {
        // Its dead-letter copy is gone (kept a day): nothing left to run.
        await moveJob(db, jobId, ['queued'], 'dead');
        return false;
      }
      return true;
    },

    find: (jobId: string) => findJob(db, jobId),

    /** Stops fetching; running handlers get a few seconds, then their jobs are retried elsewhere. */
    async stop() {
      if (!started) return;
      await started.catch(() => undefined);
      await boss.stop({ graceful: true, timeout: 5_000 });
    },
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;
