import { boardSchemaVersionOf, readBoard, withdrawEvidenceCards } from '@timantti/contracts';
import * as Y from 'yjs';
import type { Tx } from '../../../db/client.ts';
import { lockProjectBoardStates, writeBoardState } from '../boards.repo.ts';

/**
 * Empties the cards of the given evidence in the stored state of every board of a project
 * (participant erasure), inside the caller's transaction. The state is re-encoded from a
 * garbage-collected document, so the removed text is not kept in the stored update. Boards
 * open in memory receive the same change after commit (collab/), and their next store merges
 * this state, whose deletions win. Returns the ids of the boards that changed.
 */
export async function withdrawBoardEvidence(
  tx: Tx,
  input: { projectId: string; evidenceIds: readonly string[] },
): Promise<string[]> {
  if (input.evidenceIds.length === 0) return [];
  const ids = new Set(input.evidenceIds);
  const changed: string[] = [];
  for (const board of await lockProjectBoardStates(tx, input.projectId)) {
    const doc = new Y.Doc({ gc: true });
    Y.applyUpdate(doc, board.state);
    if (withdrawEvidenceCards(doc, ids) > 0) {
      await writeBoardState(tx, {
        boardId: board.id,
        projectId: input.projectId,
        state: Y.encodeStateAsUpdate(doc),
        schemaVersion: boardSchemaVersionOf(doc),
        snapshot: readBoard(doc),
      });
      changed.push(board.id);
    }
    doc.destroy();
  }
  return changed;
}
