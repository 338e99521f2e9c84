import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../logger.ts';
import type { UploadStore } from '../storage.ts';

/** What a handler is given besides its payload. */
export type JobContext = {
  /** Our id of the job (the `jobs` row), the same on every attempt and after a redrive. */
  jobId: string;
  organisationId: string;
  /** 1 on the first run; a job whose worker died comes back with the next number. */
  attempt: number;
  /** Aborted when the job is cancelled on any instance, or its claim is lost. */
  signal: AbortSignal;
  /** Records how far along the job is (0–1) for the admin page; at most a few times a second. */
  progress: (fraction: number) => Promise<void>;
  db: Db;
  /** Where uploaded files wait for the job that reads them. */
  uploads: UploadStore;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
};

/**
 * A kind of job: its queue name, payload schema, retries and handler. Delivery is at least
 * once (a worker killed mid-run means the job runs again), so every handler must be idempotent:
 * running it twice has the effect of running it once.
 */
export type JobDefinition<Payload extends z.ZodType = z.ZodType> = {
  /** The pg-boss queue; its dead-letter queue is `<name>-dead`. */
  name: string;
  payload: Payload;
  /** Attempts after the first one before the job is dead. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** Doubles the delay each retry, with jitter. */
  retryBackoff: boolean;
  /** A run longer than this is failed and retried. */
  expireInSeconds: number;
  /** Jobs one worker process runs at once. */
  concurrency: number;
  /**
   * Jobs one fetch claims. Above 1 for many small jobs: a worker otherwise waits the polling
   * interval between jobs (pg-boss ran 2 jobs/s so; DESIGN.md).
   */
  batchSize?: number;
  run: (payload: z.output<Payload>, context: JobContext) => Promise<void>;
  /** Called once the last attempt has failed, before the job waits in the dead-letter queue. */
  onDead?: (
    payload: z.output<Payload>,
    context: Omit<JobContext, 'signal' | 'progress'>,
  ) => Promise<void>;
};

export function defineJob<Payload extends z.ZodType>(definition: JobDefinition<Payload>) {
  return definition;
}

export const deadLetterQueue = (name: string) => `${name}-dead`;
