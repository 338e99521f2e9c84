import type * as Y from 'yjs';
import { storeDocument } from '../../../collab/stored-document.ts';
import type { Db, Tx } from '../../../db/client.ts';
import { journeyStorage } from '../journey-storage.ts';

/** Stores a journey document inside the caller's transaction; false when the journey is gone. */
export function storeJourneyDocument(
  tx: Tx,
  input: { journeyId: string; document: Y.Doc; mergeOrigin: unknown },
): Promise<boolean> {
  return storeDocument(journeyStorage, tx, {
    id: input.journeyId,
    document: input.document,
    mergeOrigin: input.mergeOrigin,
  });
}

/** Stores a live journey document: Yjs state and derived rows in one transaction. */
export async function storeJourneyState(
  db: Db,
  input: { journeyId: string; document: Y.Doc; mergeOrigin: unknown },
): Promise<boolean> {
  return db.transaction((tx) => storeJourneyDocument(tx, input));
}
