import type {
  Document,
  Extension,
  Hocuspocus,
  LocalTransactionOrigin,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import type { Database } from '../db/client.ts';
import type { Logger } from '../platform/logger.ts';
import { resolveDocument } from './document-types.ts';

/** How a failing store is retried before a document nobody is on is let go. */
export type StoreRetry = { attempts: number; delayMs: number };

// Loading, migrating and merging stored state change the document without anyone editing it:
// such changes must not schedule a store of their own.
const quietOrigin: LocalTransactionOrigin = { source: 'local', skipStoreHooks: true };

/** Keeps a document in memory without Hocuspocus logging it as an error (empty message). */
class KeepDocument extends Error {
  constructor() {
    super('');
  }
}

function resolveOrThrow(documentName: string) {
  const document = resolveDocument(documentName);
  if (!document) throw new Error('not a collaboration document');
  return document;
}

/**
 * Loads live documents (boards, journey maps) from PostgreSQL, running their type's schema
 * migrations, and stores them back, Yjs state and derived rows in one transaction.
 *
 * A failing store is Hocuspocus' known leak: it keeps the document in memory for good "to
 * avoid data loss". Here a failed store is retried with backoff while anyone is connected;
 * once nobody is and `retry.attempts` stores have failed, the document is unloaded anyway
 * (logged as an error) — its editors' clients still hold the changes and send them again
 * when they reconnect. Until then the document is kept from unloading, so a retry can still
 * save it.
 */
export function persistence(options: {
  database: Database;
  logger: Pick<Logger, 'info' | 'error'>;
  retry: StoreRetry;
}) {
  const { database, logger, retry } = options;
  const failing = new Map<string, { attempts: number; timer: NodeJS.Timeout | null }>();

  function clearFailure(documentName: string) {
    const entry = failing.get(documentName);
    if (entry?.timer) clearTimeout(entry.timer);
    failing.delete(documentName);
  }

  function afterFailure(instance: Hocuspocus, document: Document, payload: onStoreDocumentPayload) {
    const name = document.name;
    const entry = failing.get(name) ?? { attempts: 0, timer: null };
    entry.attempts += 1;
    failing.set(name, entry);
    if (entry.timer) clearTimeout(entry.timer);
    const giveUp = entry.attempts >= retry.attempts && document.getConnectionsCount() === 0;
    const delay = giveUp ? 0 : retry.delayMs * Math.min(2 ** (entry.attempts - 1), 16);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      if (document.isDestroyed) return clearFailure(name);
      if (giveUp || (entry.attempts >= retry.attempts && document.getConnectionsCount() === 0)) {
        clearFailure(name);
        logger.error(
          { document: name, attempts: entry.attempts },
          'document unloaded with unsaved changes: storing kept failing and nobody is on it',
        );
        void instance.unloadDocument(document);
        return;
      }
      void instance.storeDocumentHooks(
        document,
        { ...payload, clientsCount: document.getConnectionsCount() },
        true,
      );
    }, delay);
  }

  /** Stores a document now, outside the debounce: for shutdown. */
  async function storeNow(document: Document): Promise<void> {
    const resolved = resolveDocument(document.name);
    if (!resolved) return;
    await document.saveMutex.runExclusive(() =>
      resolved.type.store(database.db, { id: resolved.id, document, mergeOrigin: quietOrigin }),
    );
    clearFailure(document.name);
  }

  const extension: Extension = {
    extensionName: 'timantti-persistence',

    async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
      const { type, id } = resolveOrThrow(documentName);
      const loaded = await type.load(database.db, id, document, quietOrigin);
      if (!loaded) throw new Error('document not found');
      const { from, to } = loaded;
      if (from !== to) {
        await type.store(database.db, { id, document, mergeOrigin: quietOrigin });
        logger.info({ document: documentName, from, to }, 'document migrated');
      }
    },

    async onStoreDocument(payload: onStoreDocumentPayload) {
      const { document, documentName, instance } = payload;
      try {
        const { type, id } = resolveOrThrow(documentName);
        const stored = await type.store(database.db, { id, document, mergeOrigin: quietOrigin });
        // A document deleted meanwhile has nothing to store into; its connections are closed.
        if (!stored) logger.info({ document: documentName }, 'document gone; state not stored');
        clearFailure(documentName);
      } catch (error) {
        logger.error(
          { document: documentName, err: error },
          'storing a document failed; will retry',
        );
        // Not rethrown: Hocuspocus would only log it again. The retry and the unload guard
        // below take care of the document.
        afterFailure(instance, document, payload);
      }
    },

    async beforeUnloadDocument({ documentName }) {
      if (failing.has(documentName)) throw new KeepDocument();
    },

    async afterUnloadDocument({ documentName }) {
      clearFailure(documentName);
    },
  };

  /** Cancels pending retries (shutdown). */
  function stop() {
    for (const name of [...failing.keys()]) clearFailure(name);
  }

  return { extension, storeNow, stop };
}
