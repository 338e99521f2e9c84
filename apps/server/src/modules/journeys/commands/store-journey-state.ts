import { journeySchemaVersionOf, readJourney, withdrawJourneyCitations } from '@timantti/contracts';
import * as Y from 'yjs';
import type { Db, Tx } from '../../../db/client.ts';
import { findWithdrawnEvidence } from '../../synthesis/boards.repo.ts';
import { lockJourneyState, writeJourneyState } from '../journeys.repo.ts';

/**
 * Stores a journey document inside the caller's transaction: merges the stored state first
 * under the row lock (so stores from several instances and an erasure form a union, as a
 * board's do), marks withdrawn any citation of evidence an erasure withdrew that a client
 * brought back unmarked, and writes the state with its derived rows. False when the journey
 * is gone.
 */
export async function storeJourneyDocument(
  tx: Tx,
  input: { journeyId: string; document: Y.Doc; mergeOrigin: unknown },
): Promise<boolean> {
  const row = await lockJourneyState(tx, input.journeyId);
  if (!row) return false;
  Y.applyUpdate(input.document, row.state, input.mergeOrigin);
  const citing = Object.values(readJourney(input.document).cells).flatMap((cell) =>
    cell.citations.flatMap((c) => (c.kind === 'evidence' && !c.withdrawn ? [c.id] : [])),
  );
  const withdrawn = await findWithdrawnEvidence(tx, row.projectId, [...new Set(citing)]);
  if (withdrawn.length > 0)
    withdrawJourneyCitations(input.document, new Set(withdrawn), input.mergeOrigin);
  await writeJourneyState(tx, {
    journeyId: input.journeyId,
    projectId: row.projectId,
    language: row.language,
    state: Y.encodeStateAsUpdate(input.document),
    schemaVersion: journeySchemaVersionOf(input.document),
    snapshot: readJourney(input.document),
  });
  return true;
}

/** Stores a live journey document: Yjs state and derived rows in one transaction. */
export async function storeJourneyState(
  db: Db,
  input: { journeyId: string; document: Y.Doc; mergeOrigin: unknown },
): Promise<boolean> {
  return db.transaction((tx) => storeJourneyDocument(tx, input));
}
