import * as Y from 'yjs';
import type { Db, Queryable, Tx } from '../db/client.ts';
import { findWithdrawnEvidence } from '../modules/research/evidence/evidence.repo.ts';

/** A live document's stored row: its Yjs state and the project it belongs to. */
export type StoredDocument = { id: string; projectId: string; state: Uint8Array };

/**
 * What one kind of live document tells about its stored state and the evidence it holds.
 * Loading, storing and withdrawing evidence (below) are the same for every kind, so what an
 * erasure guarantees is proved once for all of them.
 */
export type DocumentStorage<Row extends StoredDocument> = {
  find: (db: Queryable, id: string) => Promise<Row | null>;
  /** The row, locked until the transaction ends. */
  lock: (tx: Tx, id: string) => Promise<Row | null>;
  /** Every row of the project, locked, in a stable order (two erasures never deadlock). */
  lockProject: (tx: Tx, projectId: string) => Promise<Row[]>;
  /** Runs the schema migrations on a document holding the row's state. */
  migrate: (document: Y.Doc, row: Row, origin: unknown) => { from: number; to: number };
  /** Writes the document's state and its derived rows. */
  write: (tx: Tx, row: Row, document: Y.Doc) => Promise<void>;
  /** Evidence the document shows or cites and does not yet mark withdrawn. */
  evidenceHeld: (document: Y.Doc) => string[];
  /** Makes the document keep no text of the evidence; how many places changed. */
  withdrawEvidence: (document: Y.Doc, evidenceIds: ReadonlySet<string>, origin?: unknown) => number;
};

/** Applies the stored state and runs schema migrations; null when the entity is gone. */
export async function loadDocument<Row extends StoredDocument>(
  storage: DocumentStorage<Row>,
  db: Queryable,
  input: { id: string; document: Y.Doc; origin: unknown },
): Promise<{ from: number; to: number } | null> {
  const row = await storage.find(db, input.id);
  if (!row) return null;
  Y.applyUpdate(input.document, row.state, input.origin);
  return storage.migrate(input.document, row, input.origin);
}

/**
 * Stores a live document inside the caller's transaction: its Yjs state and derived rows.
 *
 * The stored state is merged into the document first, under the row lock. Another instance
 * (or an erasure) may have stored changes this document has not seen; merging makes a store
 * a union, so it never drops anyone's work, and an erasure's deletions always win — Yjs
 * deletions are monotonic, and garbage collection keeps no deleted content. `mergeOrigin`
 * marks that merge so it does not schedule yet another store.
 *
 * Evidence an erasure withdrew that the document still holds (added on another instance, or by
 * a client offline during the erasure) is withdrawn before the state is written, in the live
 * document too, so no stored document ever holds withdrawn text. False when the entity is gone.
 */
export async function storeDocument<Row extends StoredDocument>(
  storage: DocumentStorage<Row>,
  tx: Tx,
  input: { id: string; document: Y.Doc; mergeOrigin: unknown },
): Promise<boolean> {
  const row = await storage.lock(tx, input.id);
  if (!row) return false;
  Y.applyUpdate(input.document, row.state, input.mergeOrigin);
  const held = [...new Set(storage.evidenceHeld(input.document))];
  const withdrawn = await findWithdrawnEvidence(tx, row.projectId, held);
  if (withdrawn.length > 0)
    storage.withdrawEvidence(input.document, new Set(withdrawn), input.mergeOrigin);
  await storage.write(tx, row, input.document);
  return true;
}

/** Stores a live document as storeDocument does, in a transaction of its own. */
export function storeLiveDocument<Row extends StoredDocument>(
  storage: DocumentStorage<Row>,
  db: Db,
  input: { id: string; document: Y.Doc; mergeOrigin: unknown },
): Promise<boolean> {
  return db.transaction((tx) => storeDocument(storage, tx, input));
}

/**
 * Withdraws evidence from the stored state of every document of a project (participant
 * erasure), inside the caller's transaction. A state not loaded since an upgrade is migrated
 * first, so it is changed as the current schema would change it; it is re-encoded from a
 * garbage-collected document, so the removed text is not kept in the stored update. Documents
 * open live receive the same change after commit (erasure.ts), and their next store merges this
 * state, whose deletions win. Returns the ids of the documents that changed.
 */
export async function withdrawStoredEvidence<Row extends StoredDocument>(
  storage: DocumentStorage<Row>,
  tx: Tx,
  input: { projectId: string; evidenceIds: readonly string[] },
): Promise<string[]> {
  if (input.evidenceIds.length === 0) return [];
  const ids = new Set(input.evidenceIds);
  const changed: string[] = [];
  for (const row of await storage.lockProject(tx, input.projectId)) {
    const document = new Y.Doc({ gc: true });
    try {
      Y.applyUpdate(document, row.state);
      storage.migrate(document, row, null);
      if (storage.withdrawEvidence(document, ids) > 0) {
        await storage.write(tx, row, document);
        changed.push(row.id);
      }
    } finally {
      document.destroy();
    }
  }
  return changed;
}
