import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { jobs } from '../../db/schema.ts';

export type JobRow = typeof jobs.$inferSelect;
export type JobState = JobRow['state'];

export async function insertJob(
  db: Queryable,
  values: { organisationId: string; kind: string; createdBy: string | null },
) {
  const [row] = await db
    .insert(jobs)
    .values({ ...values, state: 'queued' })
    .returning();
  if (!row) throw new Error('job insert returned nothing');
  return row;
}

/**
 * Starts an attempt: only a job still to be done is started, so a job delivered again after it
 * finished, or one cancelled meanwhile, is not run again.
 */
export async function startJobAttempt(db: Queryable, jobId: string) {
  const [row] = await db
    .update(jobs)
    .set({ state: 'running', attempts: sql`${jobs.attempts} + 1`, updatedAt: sql`now()` })
    .where(and(eq(jobs.id, jobId), inArray(jobs.state, ['queued', 'running', 'failed'])))
    .returning();
  return row ?? null;
}

/** Writes progress or an outcome while the job runs; a cancelled job stays cancelled. */
export async function updateRunningJob(
  db: Queryable,
  jobId: string,
  values: { state?: JobState; progress?: number },
) {
  return db
    .update(jobs)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(jobs.id, jobId), eq(jobs.state, 'running')))
    .returning({ id: jobs.id });
}

/** Moves the job from one of `from` to `to`; the row when it moved, else null. */
/** Moves a job between states; `at` keeps the time of a move taken back (by default now). */
export async function moveJob(
  db: Queryable,
  jobId: string,
  from: JobState[],
  to: JobState,
  at?: Date,
) {
  const [row] = await db
    .update(jobs)
    .set({ state: to, updatedAt: at ?? sql`now()`, ...(to === 'queued' ? { progress: 0 } : {}) })
    .where(and(eq(jobs.id, jobId), inArray(jobs.state, from)))
    .returning();
  return row ?? null;
}

export async function findJob(db: Queryable, jobId: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, jobId)).limit(1);
  return row ?? null;
}

export async function findOrganisationJob(db: Queryable, organisationId: string, jobId: string) {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.organisationId, organisationId), eq(jobs.id, jobId)))
    .limit(1);
  return row ?? null;
}

/** The organisation's jobs, newest first. */
export async function listOrganisationJobs(db: Queryable, organisationId: string, limit: number) {
  return db
    .select()
    .from(jobs)
    .where(eq(jobs.organisationId, organisationId))
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(limit);
}
