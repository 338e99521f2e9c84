import { BOARD_SCHEMA_VERSION, boardSchemaVersionOf, readBoard } from '@timantti/contracts';
import type * as Y from 'yjs';
import { useLiveDocument } from '../../collab/useLiveDocument.ts';

export type { ConnectionState, LocalOrigin } from '../../collab/useLiveDocument.ts';

const boardTypes = (doc: Y.Doc) => [doc.getMap('cards'), doc.getMap('groups')];
const boardSchema = { current: BOARD_SCHEMA_VERSION, versionOf: boardSchemaVersionOf };

/** A live affinity board: its cards and groups, presence and this user's undo. */
export function useBoardDocument(documentName: string, me: { id: string; name: string }) {
  return useLiveDocument(documentName, me, readBoard, boardTypes, boardSchema);
}
