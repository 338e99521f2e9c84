import {
  BOARD_SCHEMA_VERSION,
  CONCEPT_SCHEMA_VERSION,
  conceptDocumentName,
  conceptIdOf,
  conceptSchemaVersionOf,
  JOURNEY_SCHEMA_VERSION,
  boardDocumentName,
  boardIdOf,
  boardSchemaVersionOf,
  journeyDocumentName,
  journeyIdOf,
  journeySchemaVersionOf,
} from '@timantti/contracts';
import type * as Y from 'yjs';
import type { Db, Queryable, Tx } from '../db/client.ts';
import type { DomainEvent } from '../events/domain-events.ts';
import type { Actor } from '../http/types.ts';
import { liveConceptAccess } from '../modules/concepts/concept-access.ts';
import { conceptStorage } from '../modules/concepts/concept-storage.ts';
import { listConceptIds } from '../modules/concepts/concepts.repo.ts';
import { liveJourneyAccess } from '../modules/journeys/journey-access.ts';
import { journeyStorage } from '../modules/journeys/journey-storage.ts';
import { listJourneyIds } from '../modules/journeys/journeys.repo.ts';
import { liveBoardAccess } from '../modules/synthesis/board-access.ts';
import { boardStorage } from '../modules/synthesis/board-storage.ts';
import { listBoardIds } from '../modules/synthesis/boards.repo.ts';
import {
  loadDocument,
  storeLiveDocument,
  withdrawStoredEvidence,
  type DocumentStorage,
  type StoredDocument,
} from './stored-document.ts';

export type LiveAccess = {
  access: 'none' | 'read' | 'write';
  /** Where the document belongs, for checking the connection again when access changes. */
  scope: { projectId: string; organisationId: string } | null;
};

/**
 * What the collaboration layer needs to know of one kind of live document: everything else
 * (authentication, debounced stores that merge, retries, revocation, Redis, shutdown) is the
 * same for every kind.
 */
export type DocumentType = {
  /** Names the type in audit records. */
  kind: string;
  /** The entity id in a document name, or null when the name is not of this type. */
  idOf: (documentName: string) => string | null;
  documentName: (id: string) => string;
  /** The schema version this server writes; clients writing an older one may only read. */
  schemaVersion: number;
  /** The schema version a document says it is in. */
  versionOf: (document: Y.Doc) => number;
  /** The same policy as the type's REST routes; 'none' for what does not exist. */
  liveAccess: (db: Queryable, actor: Actor, id: string) => Promise<LiveAccess>;
  /** Applies the stored state and runs schema migrations; false when the entity is gone. */
  load: (
    db: Queryable,
    id: string,
    document: Y.Doc,
    origin: unknown,
  ) => Promise<{ from: number; to: number } | null>;
  /** Stores state and derived rows in one transaction, merging what is stored first. */
  store: (db: Db, input: { id: string; document: Y.Doc; mergeOrigin: unknown }) => Promise<boolean>;
  /** Ids of the project's documents of this type (erasure reaches each). */
  listIds: (db: Queryable, projectId: string) => Promise<string[]>;
  /**
   * Applies an erasure to the stored state of every document of the project, inside the
   * erasure's transaction; the ids of those that changed.
   */
  withdrawStoredEvidence: (
    tx: Tx,
    input: { projectId: string; evidenceIds: readonly string[] },
  ) => Promise<string[]>;
  /** Applies an erasure to a live document: the withdrawn evidence leaves no text in it. */
  withdrawEvidence: (document: Y.Doc, evidenceIds: ReadonlySet<string>) => void;
  /** Whether an access event names this document (archived, restored, deleted). */
  accessChanged: (event: DomainEvent, id: string) => boolean;
};

/** The parts every type shares, from its stored state. */
function fromStorage<Row extends StoredDocument>(storage: DocumentStorage<Row>) {
  return {
    load: (db: Queryable, id: string, document: Y.Doc, origin: unknown) =>
      loadDocument(storage, db, { id, document, origin }),
    store: (db: Db, input: { id: string; document: Y.Doc; mergeOrigin: unknown }) =>
      storeLiveDocument(storage, db, input),
    withdrawStoredEvidence: (
      tx: Tx,
      input: { projectId: string; evidenceIds: readonly string[] },
    ) => withdrawStoredEvidence(storage, tx, input),
    withdrawEvidence: (document: Y.Doc, evidenceIds: ReadonlySet<string>) =>
      void storage.withdrawEvidence(document, evidenceIds),
  };
}

const board: DocumentType = {
  kind: 'board',
  idOf: boardIdOf,
  documentName: boardDocumentName,
  schemaVersion: BOARD_SCHEMA_VERSION,
  versionOf: boardSchemaVersionOf,
  liveAccess: async (db, actor, id) => {
    const { access, board } = await liveBoardAccess(db, actor, id);
    return { access, scope: board };
  },
  ...fromStorage(boardStorage),
  listIds: listBoardIds,
  accessChanged: (event, id) => event.type === 'board.access_changed' && event.boardId === id,
};

const journey: DocumentType = {
  kind: 'journey',
  idOf: journeyIdOf,
  documentName: journeyDocumentName,
  schemaVersion: JOURNEY_SCHEMA_VERSION,
  versionOf: journeySchemaVersionOf,
  liveAccess: liveJourneyAccess,
  ...fromStorage(journeyStorage),
  listIds: listJourneyIds,
  accessChanged: (event, id) => event.type === 'journey.access_changed' && event.journeyId === id,
};

const concept: DocumentType = {
  kind: 'concept',
  idOf: conceptIdOf,
  documentName: conceptDocumentName,
  schemaVersion: CONCEPT_SCHEMA_VERSION,
  versionOf: conceptSchemaVersionOf,
  liveAccess: liveConceptAccess,
  ...fromStorage(conceptStorage),
  listIds: listConceptIds,
  accessChanged: (event, id) => event.type === 'concept.access_changed' && event.conceptId === id,
};

export const documentTypes: readonly DocumentType[] = [board, journey, concept];

/** The type of a document and its entity id, or null for a name no type claims. */
export function resolveDocument(documentName: string): { type: DocumentType; id: string } | null {
  for (const type of documentTypes) {
    const id = type.idOf(documentName);
    if (id) return { type, id };
  }
  return null;
}
