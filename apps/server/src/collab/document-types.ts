import {
  boardDocumentName,
  boardIdOf,
  journeyDocumentName,
  journeyIdOf,
  migrateBoard,
  migrateJourney,
  withdrawEvidenceCards,
  withdrawJourneyCitations,
} from '@timantti/contracts';
import * as Y from 'yjs';
import type { Db, Queryable } from '../db/client.ts';
import type { DomainEvent } from '../events/domain-events.ts';
import type { Actor } from '../http/types.ts';
import { liveJourneyAccess } from '../modules/journeys/journey-access.ts';
import { findJourneyState, listJourneyIds } from '../modules/journeys/journeys.repo.ts';
import { storeJourneyState } from '../modules/journeys/commands/store-journey-state.ts';
import { liveBoardAccess } from '../modules/synthesis/board-access.ts';
import { findBoardState, listBoardIds } from '../modules/synthesis/boards.repo.ts';
import { storeBoardState } from '../modules/synthesis/commands/store-board-state.ts';

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
  /** The entity id in a document name, or null when the name is not of this type. */
  idOf: (documentName: string) => string | null;
  documentName: (id: string) => string;
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
  /** Applies an erasure to a live document: the withdrawn evidence leaves no text in it. */
  withdrawEvidence: (document: Y.Doc, evidenceIds: ReadonlySet<string>) => void;
  /** Whether an access event names this document (archived, restored, deleted). */
  accessChanged: (event: DomainEvent, id: string) => boolean;
};

const board: DocumentType = {
  idOf: boardIdOf,
  documentName: boardDocumentName,
  liveAccess: async (db, actor, id) => {
    const { access, board } = await liveBoardAccess(db, actor, id);
    return { access, scope: board };
  },
  load: async (db, id, document, origin) => {
    const row = await findBoardState(db, id);
    if (!row) return null;
    Y.applyUpdate(document, row.state, origin);
    return migrateBoard(document, origin);
  },
  store: (db, { id, document, mergeOrigin }) =>
    storeBoardState(db, { boardId: id, document, mergeOrigin }),
  listIds: listBoardIds,
  withdrawEvidence: (document, ids) => void withdrawEvidenceCards(document, ids),
  accessChanged: (event, id) => event.type === 'board.access_changed' && event.boardId === id,
};

const journey: DocumentType = {
  idOf: journeyIdOf,
  documentName: journeyDocumentName,
  liveAccess: liveJourneyAccess,
  load: async (db, id, document, origin) => {
    const row = await findJourneyState(db, id);
    if (!row) return null;
    Y.applyUpdate(document, row.state, origin);
    return migrateJourney(document, origin, { language: row.language });
  },
  store: (db, { id, document, mergeOrigin }) =>
    storeJourneyState(db, { journeyId: id, document, mergeOrigin }),
  listIds: listJourneyIds,
  withdrawEvidence: (document, ids) => void withdrawJourneyCitations(document, ids),
  accessChanged: (event, id) => event.type === 'journey.access_changed' && event.journeyId === id,
};

export const documentTypes: readonly DocumentType[] = [board, journey];

/** The type of a document and its entity id, or null for a name no type claims. */
export function resolveDocument(documentName: string): { type: DocumentType; id: string } | null {
  for (const type of documentTypes) {
    const id = type.idOf(documentName);
    if (id) return { type, id };
  }
  return null;
}
