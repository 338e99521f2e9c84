import { Redis } from '@hocuspocus/extension-redis';
import { isTransactionOrigin, type onChangePayload } from '@hocuspocus/server';

/**
 * Shares live edits and presence between server instances through Redis pub/sub.
 *
 * The stock extension also takes a Redis lock around each store and makes an instance that
 * cannot get it skip its store altogether (SkipFurtherHooksError); that instance's last
 * changes then wait for a later change to be stored at all. Stores here are serialised by
 * the board row's lock in PostgreSQL and merge what is stored (stored-document.ts),
 * so every instance may store its own edits and the Redis lock is left out.
 *
 * Hocuspocus stores only what a document's own connections changed, not what reached it
 * through Redis. An instance that dies within its store debounce (kill -9, a lost machine)
 * then takes edits with it that it had acknowledged and passed on: the other instances hold
 * them, and the clients that made them, reconnecting, have nothing new to send. So an edit
 * from Redis schedules a store here too, on the same debounce: each instance with the document
 * open stores it, and the row lock and merge make the extra store harmless (load-balancer test).
 */
class RedisFanOut extends Redis {
  override async onStoreDocument(): Promise<void> {}

  override async onChange(data: onChangePayload): Promise<void> {
    const origin = data.transactionOrigin;
    if (isTransactionOrigin(origin) && origin.source === 'redis') {
      void data.instance.storeDocumentHooks(data.document, {
        instance: data.instance,
        clientsCount: data.document.getConnectionsCount(),
        document: data.document,
        documentName: data.documentName,
        lastContext: data.context,
        lastTransactionOrigin: origin,
      });
      return;
    }
    await super.onChange(data);
  }
}

export function redisFanOut(url: string, prefix: string) {
  const parsed = new URL(url);
  return new RedisFanOut({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    prefix,
    options: {
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
      // Keep retrying while Redis restarts; edits meanwhile stay local to each instance.
      maxRetriesPerRequest: null,
    },
  });
}
