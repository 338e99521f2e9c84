import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { boardDocumentName, liveClientToken, liveSchemaVersion } from '@timantti/contracts';
import { afterAll, inject } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildApp } from '../src/app.ts';
import type { CollabOptions } from '../src/collab/collab-server.ts';
import { connectDatabase } from '../src/db/client.ts';
import { createLogger } from '../src/platform/logger.ts';
import { testConfig, testJobQueue, type Session, type TestApp } from './harness.ts';

export type CollabServer = TestApp & { url: string; origin: string; close: () => Promise<void> };

/** The real app with live boards, listening on a free port; close it yourself (restarts). */
export async function startCollabServer(
  options: Partial<CollabOptions> = {},
): Promise<CollabServer> {
  const database = connectDatabase(inject('databaseUrl'), createLogger('silent'), 4);
  const jobs = testJobQueue(database);
  const built = await buildApp({
    database,
    jobs,
    config: testConfig,
    ready: async () => true,
    logger: false,
    collab: {
      trustProxy: false,
      storeDebounceMs: 100,
      storeMaxDebounceMs: 500,
      sweepIntervalMs: 60_000,
      ...options,
    },
  });
  // Port 0: the OS picks a free port, so test files and servers run side by side.
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = built.app.server.address() as AddressInfo;
  let closed = false;
  return {
    ...built,
    database,
    jobs,
    url: `ws://127.0.0.1:${port}/collab`,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      if (closed) return;
      closed = true;
      await built.app.close();
      await database.pool.end();
    },
  };
}

/**
 * A test file's collaboration server and its clients: `open` connects a client that is
 * destroyed, with the server closed after it, when the file's tests are done.
 */
export async function startCollabTestFile() {
  const server = await startCollabServer();
  const clients: Client[] = [];
  const open = (...args: Parameters<typeof connect>): Client => {
    const client = connect(...args);
    clients.push(client);
    return client;
  };
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
  });
  return { server, open };
}

export type Client = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  failures: string[];
  closes: string[];
  /** The X-Timantti-Instance of each connection's upgrade, behind a balancer the latest last. */
  instances: string[];
  destroy: () => void;
};

/**
 * A stock Hocuspocus provider in Node, sending the session cookie as a browser would, and
 * announcing the document type's current schema as the web app does (`schemaVersion: null`
 * announces none).
 */
export function connect(
  server: { url: string; origin: string },
  session: Session | null,
  boardId: string,
  options: {
    origin?: string;
    doc?: Y.Doc;
    documentName?: string;
    schemaVersion?: number | null;
  } = {},
): Client {
  const name = options.documentName ?? boardDocumentName(boardId);
  const schemaVersion =
    options.schemaVersion === undefined ? liveSchemaVersion(name) : options.schemaVersion;
  const headers: Record<string, string> = { origin: options.origin ?? server.origin };
  if (session) headers.cookie = session.cookie;
  const instances: string[] = [];
  // Browsers send the cookie and Origin by themselves; in Node the ws client is told to.
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
      this.once('upgrade', (response) => {
        const instance = response.headers['x-timantti-instance'];
        if (typeof instance === 'string') instances.push(instance);
      });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: server.url,
    WebSocketPolyfill: CookieWebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
  });
  const doc = options.doc ?? new Y.Doc();
  const failures: string[] = [];
  const closes: string[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token: schemaVersion === null ? null : liveClientToken(schemaVersion),
    onAuthenticationFailed: ({ reason }) => failures.push(reason),
    onClose: ({ event }) => closes.push(event.reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    failures,
    closes,
    instances,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Whether two replicas hold the same updates: each has everything the other has. */
export function sameUpdates(a: Y.Doc, b: Y.Doc): boolean {
  const one = Y.decodeStateVector(Y.encodeStateVector(a));
  const two = Y.decodeStateVector(Y.encodeStateVector(b));
  return one.size === two.size && [...one].every(([client, clock]) => two.get(client) === clock);
}

export const synced = (client: Client) => waitFor(() => client.provider.isSynced, 'the first sync');

/** Every local change has been acknowledged by the server. */
export const acknowledged = (client: Client) =>
  waitFor(
    () => client.provider.isSynced && !client.provider.hasUnsyncedChanges,
    'the server to acknowledge',
  );
