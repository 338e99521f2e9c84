import type { Db } from '../../../db/client.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { lockDraftNumber, lockTestRound, setNextVersion } from '../concept-tests.repo.ts';

/**
 * Starts version n + 1 of the concept from a round of version n and its findings. A concept's
 * draft goes on from its last frozen version as the number after it, so version n + 1 is the
 * draft when n is the last frozen one: the round is linked to it, and several rounds of n may
 * feed it. Once a later version was frozen, n + 1 is history (409 `next_version_started`);
 * a round without any result has nothing to start from (409 `findings_missing`). Under the
 * concept's row lock, as freezing is, so a freeze cannot slip in between.
 */
export async function startNextVersion(
  db: Db,
  input: { conceptId: string; roundId: string },
): Promise<number> {
  return db.transaction(async (tx) => {
    const draftNumber = await lockDraftNumber(tx, input.conceptId);
    const round = await lockTestRound(tx, input.conceptId, input.roundId);
    if (draftNumber === null || !round) throw notFound();
    const next = round.versionNumber + 1;
    if (round.nextVersionNumber !== null || draftNumber !== next)
      throw new AppError('next_version_started', { status: 409 });
    if (!round.hasFindings) throw new AppError('findings_missing', { status: 409 });
    await setNextVersion(tx, input.roundId, next);
    return next;
  });
}
