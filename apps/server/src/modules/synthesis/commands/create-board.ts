import { BOARD_SCHEMA_VERSION, initBoard } from '@timantti/contracts';
import * as Y from 'yjs';
import type { Queryable } from '../../../db/client.ts';
import { insertBoard } from '../boards.repo.ts';

/** A new, empty board: its document starts stamped with the current schema version. */
export async function createBoard(
  db: Queryable,
  input: { actorUserId: string; projectId: string; title: string },
): Promise<string> {
  const doc = new Y.Doc();
  initBoard(doc);
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return insertBoard(db, {
    projectId: input.projectId,
    title: input.title,
    state,
    schemaVersion: BOARD_SCHEMA_VERSION,
    createdBy: input.actorUserId,
  });
}
