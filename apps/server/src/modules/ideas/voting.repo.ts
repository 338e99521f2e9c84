import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { users, votes, votingRounds } from '../../db/schema.ts';

export type RoundRow = {
  id: string;
  projectId: string;
  insightId: string | null;
  title: string;
  budget: number;
  allowStacking: boolean;
  hideAuthors: boolean;
  status: 'open' | 'closed';
  openedBy: string | null;
  openerName: string | null;
  createdAt: Date;
  closedAt: Date | null;
};

const roundColumns = {
  id: votingRounds.id,
  projectId: votingRounds.projectId,
  insightId: votingRounds.insightId,
  title: votingRounds.title,
  budget: votingRounds.budget,
  allowStacking: votingRounds.allowStacking,
  hideAuthors: votingRounds.hideAuthors,
  status: votingRounds.status,
  openedBy: votingRounds.openedBy,
  openerName: users.displayName,
  createdAt: votingRounds.createdAt,
  closedAt: votingRounds.closedAt,
};

/** The project's voting rounds, newest first. */
export async function listRounds(db: Queryable, projectId: string): Promise<RoundRow[]> {
  return db
    .select(roundColumns)
    .from(votingRounds)
    .leftJoin(users, eq(users.id, votingRounds.openedBy))
    .where(eq(votingRounds.projectId, projectId))
    .orderBy(desc(votingRounds.createdAt), desc(votingRounds.id));
}

export async function findRound(
  db: Queryable,
  projectId: string,
  roundId: string,
): Promise<RoundRow | null> {
  const [row] = await db
    .select(roundColumns)
    .from(votingRounds)
    .leftJoin(users, eq(users.id, votingRounds.openedBy))
    .where(and(eq(votingRounds.projectId, projectId), eq(votingRounds.id, roundId)));
  return row ?? null;
}

export async function insertRound(
  db: Queryable,
  values: {
    projectId: string;
    insightId: string | null;
    title: string;
    budget: number;
    allowStacking: boolean;
    hideAuthors: boolean;
    openedBy: string;
  },
): Promise<string> {
  const [row] = await db.insert(votingRounds).values(values).returning({ id: votingRounds.id });
  if (!row) throw new Error('voting round insert returned nothing');
  return row.id;
}

/**
 * Takes the round for a vote: a share lock, so a close waits for the votes under way and no
 * vote lands after it. Null when the project has no such round.
 */
export async function shareRoundForVote(
  tx: Tx,
  projectId: string,
  roundId: string,
): Promise<Pick<RoundRow, 'insightId' | 'budget' | 'allowStacking' | 'status'> | null> {
  const [row] = await tx
    .select({
      insightId: votingRounds.insightId,
      budget: votingRounds.budget,
      allowStacking: votingRounds.allowStacking,
      status: votingRounds.status,
    })
    .from(votingRounds)
    .where(and(eq(votingRounds.projectId, projectId), eq(votingRounds.id, roundId)))
    .for('share');
  return row ?? null;
}

/**
 * Serialises one voter's votes in one round until the transaction ends, so the dots counted
 * before a vote are still all the dots when it is written, however many arrive at once.
 */
export async function lockVoter(tx: Tx, roundId: string, voterId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`vote:${roundId}:${voterId}`}, 0))`,
  );
}

/** The dots the voter has put in the round, and on the idea. */
export async function spentDots(
  tx: Queryable,
  roundId: string,
  voterId: string,
  ideaId: string,
): Promise<{ total: number; onIdea: number }> {
  const [row] = await tx
    .select({
      total: sql<number>`coalesce(sum(${votes.dots}), 0)::int`,
      onIdea: sql<number>`coalesce(sum(${votes.dots}) filter (where ${votes.ideaId} = ${ideaId}), 0)::int`,
    })
    .from(votes)
    .where(and(eq(votes.roundId, roundId), eq(votes.voterId, voterId)));
  return row ?? { total: 0, onIdea: 0 };
}

export async function addDot(tx: Tx, vote: { roundId: string; voterId: string; ideaId: string }) {
  await tx
    .insert(votes)
    .values({ ...vote, dots: 1 })
    .onConflictDoUpdate({
      target: [votes.roundId, votes.voterId, votes.ideaId],
      set: { dots: sql`${votes.dots} + 1` },
    });
}

/** Takes one of the voter's dots off the idea; false when they had none on it. */
export async function removeDot(
  tx: Tx,
  vote: { roundId: string; voterId: string; ideaId: string },
): Promise<boolean> {
  const key = and(
    eq(votes.roundId, vote.roundId),
    eq(votes.voterId, vote.voterId),
    eq(votes.ideaId, vote.ideaId),
  );
  const lowered = await tx
    .update(votes)
    .set({ dots: sql`${votes.dots} - 1` })
    .where(and(key, sql`${votes.dots} > 1`))
    .returning({ dots: votes.dots });
  if (lowered.length > 0) return true;
  const deleted = await tx.delete(votes).where(key).returning({ dots: votes.dots });
  return deleted.length > 0;
}

/** The voter's own dots per idea in the round. */
export async function readMyVotes(
  db: Queryable,
  roundId: string,
  voterId: string,
): Promise<Record<string, number>> {
  const rows = await db
    .select({ ideaId: votes.ideaId, dots: votes.dots })
    .from(votes)
    .where(and(eq(votes.roundId, roundId), eq(votes.voterId, voterId)));
  return Object.fromEntries(rows.map((row) => [row.ideaId, row.dots]));
}

/** Dots and voters per idea, most dots first; and how many people voted at all. */
export async function readResults(db: Queryable, roundId: string) {
  const items = await db
    .select({
      ideaId: votes.ideaId,
      dots: sql<number>`sum(${votes.dots})::int`,
      voters: sql<number>`count(*)::int`,
    })
    .from(votes)
    .where(eq(votes.roundId, roundId))
    .groupBy(votes.ideaId)
    .orderBy(sql`sum(${votes.dots}) desc`, votes.ideaId);
  const [count] = await db
    .select({ voters: sql<number>`count(distinct ${votes.voterId})::int` })
    .from(votes)
    .where(eq(votes.roundId, roundId));
  return { items, voterCount: count?.voters ?? 0 };
}

/** Closes an open round of the project; false when it was not open (or not there). */
export async function closeRound(db: Queryable, projectId: string, roundId: string) {
  const closed = await db
    .update(votingRounds)
    .set({ status: 'closed', closedAt: sql`now()` })
    .where(
      and(
        eq(votingRounds.projectId, projectId),
        eq(votingRounds.id, roundId),
        eq(votingRounds.status, 'open'),
      ),
    )
    .returning({ id: votingRounds.id });
  return closed.length > 0;
}
