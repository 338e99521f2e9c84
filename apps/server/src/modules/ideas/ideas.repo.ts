import type { SketchType } from '@timantti/contracts';
import { and, asc, eq, exists, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { TextLanguage } from '../research/search-vector.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { outerColumn } from '../../db/outer-column.ts';
import { ideas, insights, users, votingRounds } from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';

export type IdeaRow = {
  id: string;
  projectId: string;
  insightId: string | null;
  text: string;
  status: 'open' | 'picked';
  sketchId: string | null;
  sketchType: SketchType | null;
  sketchBytes: number | null;
  createdBy: string | null;
  authorName: string | null;
  /** A voting round over this idea hides who wrote it. */
  authorHidden: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

// A round covers the idea when it is over the whole project or over the idea's insight.
const hidingRound = (db: Queryable) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(votingRounds)
      .where(
        and(
          eq(votingRounds.projectId, outerColumn(ideas.projectId)),
          eq(votingRounds.hideAuthors, true),
          or(
            isNull(votingRounds.insightId),
            eq(votingRounds.insightId, outerColumn(ideas.insightId)),
          ),
        ),
      ),
  );

function selectIdeas(db: Queryable, conditions: SQL[]) {
  return db
    .select({
      id: ideas.id,
      projectId: ideas.projectId,
      insightId: ideas.insightId,
      text: ideas.text,
      status: ideas.status,
      sketchId: ideas.sketchId,
      sketchType: ideas.sketchType,
      sketchBytes: ideas.sketchBytes,
      createdBy: ideas.createdBy,
      authorName: users.displayName,
      authorHidden: sql<boolean>`${hidingRound(db)}`,
      createdAt: ideas.createdAt,
      updatedAt: ideas.updatedAt,
      version: ideas.version,
    })
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.createdBy))
    .where(and(...conditions));
}

/** The project's ideas (or one insight's), oldest first, so the list reads in the order written. */
export async function listIdeas(
  db: Queryable,
  projectId: string,
  filter: { insightId?: string | undefined },
): Promise<IdeaRow[]> {
  const conditions = [eq(ideas.projectId, projectId)];
  if (filter.insightId) conditions.push(eq(ideas.insightId, filter.insightId));
  return selectIdeas(db, conditions).orderBy(asc(ideas.createdAt), asc(ideas.id));
}

export async function findIdea(
  db: Queryable,
  projectId: string,
  ideaId: string,
): Promise<IdeaRow | null> {
  const [row] = await selectIdeas(db, [eq(ideas.projectId, projectId), eq(ideas.id, ideaId)]);
  return row ?? null;
}

/** Whether the insight is one of the project's own. */
export async function isProjectInsight(
  db: Queryable,
  projectId: string,
  insightId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: insights.id })
    .from(insights)
    .where(and(eq(insights.projectId, projectId), eq(insights.id, insightId)));
  return row !== undefined;
}

export async function insertIdea(
  tx: Queryable,
  values: {
    projectId: string;
    insightId: string | null;
    text: string;
    createdBy: string;
    search: SQL;
  },
): Promise<string> {
  const [row] = await tx.insert(ideas).values(values).returning({ id: ideas.id });
  if (!row) throw new Error('idea insert returned nothing');
  return row.id;
}

/** Moves the idea an edit was made on to its next version, setting the edit's fields with it. */
export async function advanceIdeaVersion(
  tx: Tx,
  projectId: string,
  edit: {
    id: string;
    version: number;
    set: { text?: string; insightId?: string | null; status?: 'open' | 'picked' };
  },
) {
  await advanceVersion(tx, ideas, {
    id: edit.id,
    scope: eq(ideas.projectId, projectId),
    expected: edit.version,
    set: { ...edit.set, updatedAt: sql`now()` },
  });
}

/** The language an idea of the project is indexed in; null when there is no such idea. */
export async function findIdeaLanguage(
  db: Queryable,
  projectId: string,
  ideaId: string,
): Promise<TextLanguage | null> {
  const [row] = await db
    .select({ language: ideas.language })
    .from(ideas)
    .where(and(eq(ideas.projectId, projectId), eq(ideas.id, ideaId)));
  return row?.language ?? null;
}

export async function setIdeaSearch(tx: Tx, ideaId: string, search: SQL) {
  await tx.update(ideas).set({ search }).where(eq(ideas.id, ideaId));
}

/** Deletes an idea of the project and returns its sketch's file id; null when there was none. */
export async function deleteIdea(
  db: Queryable,
  projectId: string,
  ideaId: string,
): Promise<{ sketchId: string | null } | null> {
  const [row] = await db
    .delete(ideas)
    .where(and(eq(ideas.projectId, projectId), eq(ideas.id, ideaId)))
    .returning({ sketchId: ideas.sketchId });
  return row ?? null;
}

/** Locks an idea of the project for a change of its sketch; null when there is none. */
export async function lockIdeaSketch(
  tx: Tx,
  projectId: string,
  ideaId: string,
): Promise<{ sketchId: string | null } | null> {
  const [row] = await tx
    .select({ sketchId: ideas.sketchId })
    .from(ideas)
    .where(and(eq(ideas.projectId, projectId), eq(ideas.id, ideaId)))
    .for('update');
  return row ?? null;
}

export async function setIdeaSketch(
  tx: Tx,
  ideaId: string,
  sketch: { id: string; type: SketchType; bytes: number } | null,
) {
  await tx
    .update(ideas)
    .set({
      sketchId: sketch?.id ?? null,
      sketchType: sketch?.type ?? null,
      sketchBytes: sketch?.bytes ?? null,
      updatedAt: sql`now()`,
    })
    .where(eq(ideas.id, ideaId));
}

/** The idea's place in a round's scope, for a vote on it. */
export async function findIdeaForVote(
  db: Queryable,
  projectId: string,
  ideaId: string,
): Promise<{ insightId: string | null } | null> {
  const [row] = await db
    .select({ insightId: ideas.insightId })
    .from(ideas)
    .where(and(eq(ideas.projectId, projectId), eq(ideas.id, ideaId)));
  return row ?? null;
}

/** Which of the ids name ideas of the project (a board's idea cards are written by browsers). */
export async function findProjectIdeas(
  db: Queryable,
  projectId: string,
  ideaIds: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  // Bounded batches keep each statement under PostgreSQL's parameter limit.
  for (let i = 0; i < ideaIds.length; i += 1000) {
    const rows = await db
      .select({ id: ideas.id })
      .from(ideas)
      .where(and(eq(ideas.projectId, projectId), inArray(ideas.id, ideaIds.slice(i, i + 1000))));
    for (const row of rows) found.add(row.id);
  }
  return found;
}
