import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Document, type Extension } from '@hocuspocus/server';
import type { FastifyBaseLogger } from 'fastify';
import { WebSocketServer } from 'ws';
import type { Database } from '../db/client.ts';
import type { DomainEvents } from '../events/domain-events.ts';
import { authentication } from './authentication.ts';
import { erasure } from './erasure.ts';
import { withLoggedHookErrors } from './hook-errors.ts';
import { persistence, type StoreRetry } from './persistence.ts';
import { redisFanOut } from './redis.ts';
import { revocation } from './revocation.ts';
import { schemaGuard } from './schema-guard.ts';

export const COLLAB_PATH = '/collab';
/** Which process answered, behind a load balancer (TIMANTTI_INSTANCE_ID). */
export const INSTANCE_HEADER = 'x-timantti-instance';

export type CollabOptions = {
  /** Set to share live boards between instances through Redis. */
  redisUrl?: string | undefined;
  /** Namespace of this installation's Redis keys and channels. */
  redisPrefix?: string;
  /**
   * A store waits for this long a pause in editing (a drag or a typing burst ends)…
   * `storeDebounceMs`, and happens at least every `storeMaxDebounceMs` while people keep
   * editing. Each store rewrites the board's derived rows, so under a workshop's steady stream
   * of edits this bounds stores to one per board per 10 s on each instance that has it open
   * (every one stores what reached it through Redis too, redis.ts), and what a crash could lose
   * to the last 10 s (which the editors' clients still hold and resend on reconnect).
   */
  storeDebounceMs?: number;
  storeMaxDebounceMs?: number;
  storeRetry?: StoreRetry;
  /**
   * How often all open connections are authorised again: a backstop for a change no domain
   * event named (one made straight in the database).
   */
  sweepIntervalMs?: number;
  trustProxy: boolean | number | string;
};

export type Collab = {
  hocuspocus: Hocuspocus;
  /** Stores every open document, disconnects everyone, then releases Redis. */
  close: () => Promise<void>;
};

const UNLOAD_WAIT_MS = 5_000;

// The origin the browser addressed, as the REST API's Origin check sees it (request.protocol
// and request.host); null when the headers name none, which `new Request` would throw on.
function publicOrigin(
  request: IncomingMessage,
  trustProxy: CollabOptions['trustProxy'],
): string | null {
  const forwarded = (name: string) => {
    const value = request.headers[name];
    if (trustProxy === false || typeof value !== 'string' || value.length === 0) return null;
    return value.split(',').at(-1)?.trim() ?? null;
  };
  const protocol =
    forwarded('x-forwarded-proto') ?? ('encrypted' in request.socket ? 'https' : 'http');
  const host = forwarded('x-forwarded-host') ?? request.headers.host ?? 'localhost';
  const origin = `${protocol}://${host}`;
  return ['http:', 'https:'].includes(URL.parse(origin)?.protocol ?? '') ? origin : null;
}

function toFetchRequest(request: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return new Request(`${origin}${request.url ?? COLLAB_PATH}`, { headers });
}

/**
 * Hocuspocus on the HTTP server's own port, at /collab: the WebSocket upgrade is taken from
 * Fastify's server, so one port, one TLS setup and one cookie serve the API and live boards.
 */
export function startCollab(options: {
  server: Server;
  database: Database;
  events: DomainEvents;
  logger: FastifyBaseLogger;
  options: CollabOptions;
  instanceId?: string | undefined;
}): Collab {
  const { server, database, events, logger, instanceId } = options;
  const config = options.options;
  const log = logger.child({ component: 'collab' });

  const store = persistence({
    database,
    logger: log,
    retry: config.storeRetry ?? { attempts: 5, delayMs: 2_000 },
  });
  const extensions: Extension[] = [authentication(database), schemaGuard(), store.extension].map(
    (extension) => withLoggedHookErrors(extension, log),
  );
  if (config.redisUrl)
    extensions.push(redisFanOut(config.redisUrl, config.redisPrefix ?? 'timantti'));

  const hocuspocus = new Hocuspocus({
    name: 'timantti',
    quiet: true,
    debounce: config.storeDebounceMs ?? 2_000,
    maxDebounce: config.storeMaxDebounceMs ?? 10_000,
    extensions,
  });

  const access = revocation({
    hocuspocus,
    database,
    events,
    sweepIntervalMs: config.sweepIntervalMs ?? 30_000,
    logger: log,
  });
  const stopErasure = erasure({ hocuspocus, database, events });
  const stopStoreRequests = events.on(async (event) => {
    if (event.type !== 'live_document.store_requested') return;
    const document = hocuspocus.documents.get(event.documentName);
    if (document) await storePending(document);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  if (instanceId)
    sockets.on('headers', (headers) => headers.push(`${INSTANCE_HEADER}: ${instanceId}`));
  let closing = false;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== COLLAB_PATH || closing) {
      socket.end(`HTTP/1.1 ${closing ? '503 Service Unavailable' : '404 Not Found'}\r\n\r\n`);
      return;
    }
    const origin = publicOrigin(request, config.trustProxy);
    if (!origin) {
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const client = hocuspocus.handleConnection(ws, toFetchRequest(request, origin));
      ws.on('message', (data: Buffer) =>
        client.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
      );
      ws.on('close', (code, reason) => client.handleClose({ code, reason: reason.toString() }));
      ws.on('error', (error) => log.warn({ err: error }, 'collaboration socket error'));
    });
  };
  server.on('upgrade', onUpgrade);

  async function storePending(document: Document) {
    const id = `onStoreDocument-${document.name}`;
    if (hocuspocus.debouncer.isDebounced(id)) await hocuspocus.debouncer.executeNow(id);
    // A store already running (or a retry's) finishes under the document's save lock.
    await document.saveMutex.waitForUnlock();
  }

  async function close() {
    if (closing) return;
    closing = true;
    access.stop();
    stopErasure();
    stopStoreRequests();
    // First store everything not yet stored, while everyone is still connected…
    await Promise.all([...hocuspocus.documents.values()].map(storePending));
    for (const document of hocuspocus.documents.values()) {
      if (document.getConnectionsCount() === 0 && !document.isDestroyed) {
        await store.storeNow(document).catch(() => undefined);
      }
    }
    // …then disconnect, and wait for the documents to unload.
    for (const ws of sockets.clients) ws.close(1001, 'server shutting down');
    const deadline = Date.now() + UNLOAD_WAIT_MS;
    while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    for (const ws of sockets.clients) ws.terminate();
    store.stop();
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    server.off('upgrade', onUpgrade);
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  }

  return { hocuspocus, close };
}
