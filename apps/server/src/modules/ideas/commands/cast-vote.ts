import type { Db, Tx } from '../../../db/client.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { refuseDot } from '../ideas.policy.ts';
import { findIdeaForVote } from '../ideas.repo.ts';
import { addDot, lockVoter, removeDot, shareRoundForVote, spentDots } from '../voting.repo.ts';

type Vote = { projectId: string; roundId: string; voterId: string; ideaId: string };

/*
 * The round is share-locked first (a close waits for votes under way, and a vote after it sees
 * it closed), then the voter's own lock is taken, so their dots are counted and written with no
 * other vote of theirs in between: parallel votes past the budget store exactly the budget.
 */
async function takeRound(tx: Tx, vote: Vote) {
  const round = await shareRoundForVote(tx, vote.projectId, vote.roundId);
  if (!round) throw notFound();
  const idea = await findIdeaForVote(tx, vote.projectId, vote.ideaId);
  if (!idea) throw notFound();
  if (round.status === 'closed') throw new AppError('voting_round_closed', { status: 409 });
  if (round.insightId && idea.insightId !== round.insightId) {
    throw new AppError('idea_not_in_round', { status: 409 });
  }
  await lockVoter(tx, vote.roundId, vote.voterId);
  return round;
}

/** Puts one of the voter's dots on an idea of the round, within their budget. */
export async function castVote(db: Db, vote: Vote) {
  await db.transaction(async (tx) => {
    const round = await takeRound(tx, vote);
    const refusal = refuseDot(round, await spentDots(tx, vote.roundId, vote.voterId, vote.ideaId));
    if (refusal) {
      throw new AppError(refusal, { status: 409, params: { budget: round.budget } });
    }
    await addDot(tx, vote);
  });
}

/** Takes one of the voter's dots off an idea while the round is open. */
export async function withdrawVote(db: Db, vote: Vote) {
  await db.transaction(async (tx) => {
    await takeRound(tx, vote);
    if (!(await removeDot(tx, vote))) throw notFound();
  });
}
