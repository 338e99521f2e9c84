import { Redis } from '@hocuspocus/extension-redis';

/**
 * Shares live edits and presence between server instances through Redis pub/sub.
 *
 * The stock extension also takes a Redis lock around each store and makes an instance that
 * cannot get it skip its store altogether (SkipFurtherHooksError); that instance's last
 * changes then wait for a later change to be stored at all. Stores here are serialised by
 * the board row's lock in PostgreSQL and merge what is stored (stored-document.ts),
 * so every instance may store its own edits and the Redis lock is left out.
 */
class RedisFanOut extends Redis {
  override async onStoreDocument(): Promise<void> {}
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
