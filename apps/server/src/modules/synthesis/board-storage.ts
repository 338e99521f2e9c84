import {
  boardSchemaVersionOf,
  migrateBoard,
  readBoard,
  withdrawEvidenceCards,
} from '@timantti/contracts';
import * as Y from 'yjs';
import type { DocumentStorage } from '../../collab/stored-document.ts';
import {
  findBoardState,
  lockBoardState,
  lockProjectBoardStates,
  writeBoardState,
} from './boards.repo.ts';

type StoredBoard = NonNullable<Awaited<ReturnType<typeof findBoardState>>>;

/** A board's cards copy evidence text: withdrawing empties them. */
export const boardStorage: DocumentStorage<StoredBoard> = {
  find: findBoardState,
  lock: lockBoardState,
  lockProject: lockProjectBoardStates,
  migrate: (document, _row, origin) => migrateBoard(document, origin),
  write: (tx, row, document) =>
    writeBoardState(tx, {
      boardId: row.id,
      projectId: row.projectId,
      state: Y.encodeStateAsUpdate(document),
      schemaVersion: boardSchemaVersionOf(document),
      snapshot: readBoard(document),
    }),
  evidenceHeld: (document) =>
    readBoard(document).cards.flatMap((card) =>
      card.evidenceId && card.text !== '' ? [card.evidenceId] : [],
    ),
  withdrawEvidence: withdrawEvidenceCards,
};
