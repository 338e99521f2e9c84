import type { Queryable } from '../../db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { findProjectEvidence } from '../research/evidence/evidence.repo.ts';

/**
 * An insight may cite only evidence of its own project (any other id is a 404, as an unseen row
 * is), and may not newly cite evidence withdrawn by an erasure: its words are gone. Evidence of
 * a participant whose consent was later withdrawn or expired stays citable, since it was
 * collected with consent; and what an insight already cites may stay, withdrawn or not.
 */
export async function assertCitable(
  db: Queryable,
  input: { projectId: string; evidenceIds: readonly string[]; alreadyCited?: ReadonlySet<string> },
) {
  const found = await findProjectEvidence(db, input.projectId, input.evidenceIds);
  if (found.size !== input.evidenceIds.length) throw notFound();
  for (const [id, { withdrawn }] of found) {
    if (withdrawn && !input.alreadyCited?.has(id))
      throw new AppError('evidence_withdrawn', { status: 409 });
  }
}
