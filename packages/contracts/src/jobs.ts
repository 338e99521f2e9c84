import { z } from 'zod';
import { Id, Timestamp } from './domain.ts';

/** A failed job waits for its retry; a dead one has used its retries. */
export const JobState = z.enum(['queued', 'running', 'failed', 'dead', 'done', 'cancelled']);
export type JobState = z.infer<typeof JobState>;

/** The kinds of job; each has a name in the catalogs (`jobs.kind.<kind>`). */
export const JobKind = z.enum(['theme-suggestion', 'research-import']);
export type JobKind = z.infer<typeof JobKind>;

/** A job of the organisation as its admins see it, with what they may do to it. */
export const Job = z.object({
  id: Id,
  kind: JobKind,
  state: JobState,
  /** 0–1. */
  progress: z.number(),
  attempts: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  abilities: z.object({ cancel: z.boolean(), redrive: z.boolean() }),
});
export type Job = z.infer<typeof Job>;
export const JobList = z.object({ items: z.array(Job) });
export type JobList = z.infer<typeof JobList>;
