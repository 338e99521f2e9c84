import { boardSchemaVersionOf, readBoard, withdrawEvidenceCards } from '@timantti/contracts';
import * as Y from 'yjs';
import type { Db } from '../../../db/client.ts';
import { findWithdrawnEvidence, lockBoardState, writeBoardState } from '../boards.repo.ts';

/**
 * Stores a live board document: its Yjs state and its derived rows, in one transaction.
 *
 * The stored state is merged into the document first, under the row lock. Another instance
 * (or an erasure) may have stored changes this document has not seen; merging makes a store
 * a union, so it never drops anyone's work, and an erasure's deletions always win — Yjs
 * deletions are monotonic, and garbage collection keeps no deleted content. `mergeOrigin`
 * marks that merge so it does not schedule yet another store.
 *
 * Cards still showing the text of evidence an erasure withdrew (added on another instance, or
 * by a client that was offline during the erasure) are emptied before the state is written, in
 * the live document too, so no stored board ever holds withdrawn text.
 *
 * Returns false when the board was deleted meanwhile.
 */
export async function storeBoardState(
  db: Db,
  input: { boardId: string; document: Y.Doc; mergeOrigin: unknown },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row = await lockBoardState(tx, input.boardId);
    if (!row) return false;
    Y.applyUpdate(input.document, row.state, input.mergeOrigin);
    const showing = readBoard(input.document).cards.flatMap((card) =>
      card.evidenceId && card.text !== '' ? [card.evidenceId] : [],
    );
    const withdrawn = await findWithdrawnEvidence(tx, row.projectId, [...new Set(showing)]);
    if (withdrawn.length > 0)
      withdrawEvidenceCards(input.document, new Set(withdrawn), input.mergeOrigin);
    await writeBoardState(tx, {
      boardId: input.boardId,
      projectId: row.projectId,
      state: Y.encodeStateAsUpdate(input.document),
      schemaVersion: boardSchemaVersionOf(input.document),
      snapshot: readBoard(input.document),
    });
    return true;
  });
}
