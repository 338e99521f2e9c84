import type * as Y from 'yjs';
import { storeDocument } from '../../../collab/stored-document.ts';
import type { Db } from '../../../db/client.ts';
import { boardStorage } from '../board-storage.ts';

/** Stores a live board document: its Yjs state and its derived rows, in one transaction. */
export async function storeBoardState(
  db: Db,
  input: { boardId: string; document: Y.Doc; mergeOrigin: unknown },
): Promise<boolean> {
  return db.transaction((tx) =>
    storeDocument(boardStorage, tx, {
      id: input.boardId,
      document: input.document,
      mergeOrigin: input.mergeOrigin,
    }),
  );
}
