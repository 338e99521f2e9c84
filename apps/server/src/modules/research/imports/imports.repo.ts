import type { ImportSettings, ProblemCode } from '@timantti/contracts';
import type { MessageParams } from '@timantti/i18n';
import { and, desc, eq, getTableColumns, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { imports, jobs } from '../../../db/schema.ts';

export async function insertImport(db: Queryable, values: typeof imports.$inferInsert) {
  await db.insert(imports).values(values);
}

const open = (projectId: string, importId: string) =>
  and(
    eq(imports.projectId, projectId),
    eq(imports.id, importId),
    isNull(imports.committedAt),
    isNull(imports.jobId),
    gt(imports.expiresAt, new Date()),
  );

/** An uploaded file of the project not yet started nor expired. */
export async function findOpenImport(db: Queryable, projectId: string, importId: string) {
  const [upload] = await db.select().from(imports).where(open(projectId, importId));
  return upload;
}

/** Gives an open upload its job and settings; false when it was started meanwhile. */
export async function startImportRow(
  db: Queryable,
  projectId: string,
  importId: string,
  values: { jobId: string; settings: ImportSettings },
) {
  const rows = await db
    .update(imports)
    .set(values)
    .where(open(projectId, importId))
    .returning({ id: imports.id });
  return rows.length > 0;
}

/** The import, locked until the transaction ends: one run of its job writes at a time. */
export async function lockImport(db: Queryable, importId: string) {
  const [row] = await db.select().from(imports).where(eq(imports.id, importId)).for('update');
  return row ?? null;
}

export async function markImportCommitted(
  db: Queryable,
  importId: string,
  values: { sessionId: string; participantCount: number; evidenceCount: number },
) {
  await db
    .update(imports)
    .set({ ...values, committedAt: sql`now()` })
    .where(eq(imports.id, importId));
}

/** Records why the import wrote nothing; an import already committed keeps its result. */
export async function recordImportProblem(
  db: Queryable,
  importId: string,
  problem: { code: ProblemCode; params: MessageParams },
) {
  await db
    .update(imports)
    .set({ problem })
    .where(and(eq(imports.id, importId), isNull(imports.committedAt)));
}

const withJob = {
  ...getTableColumns(imports),
  jobState: jobs.state,
  jobProgress: jobs.progress,
};

/** A started import of the project with its job's state and progress. */
export async function findImportStatus(db: Queryable, projectId: string, importId: string) {
  const [row] = await db
    .select(withJob)
    .from(imports)
    .leftJoin(jobs, eq(jobs.id, imports.jobId))
    .where(
      and(eq(imports.projectId, projectId), eq(imports.id, importId), isNotNull(imports.settings)),
    );
  return row ?? null;
}

/** The project's imports started since `since`, newest first. */
export async function listImportStatuses(
  db: Queryable,
  projectId: string,
  since: Date,
  limit: number,
) {
  return db
    .select(withJob)
    .from(imports)
    .leftJoin(jobs, eq(jobs.id, imports.jobId))
    .where(
      and(
        eq(imports.projectId, projectId),
        isNotNull(imports.settings),
        gt(imports.createdAt, since),
      ),
    )
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(limit);
}

export type ImportStatusRow = NonNullable<Awaited<ReturnType<typeof findImportStatus>>>;

/** Deletes an upload of the project that was not started; false when there was none. */
export async function deleteImport(db: Queryable, projectId: string, importId: string) {
  const deleted = await db
    .delete(imports)
    .where(and(eq(imports.projectId, projectId), eq(imports.id, importId), isNull(imports.jobId)))
    .returning({ id: imports.id });
  return deleted.length > 0;
}
