// What the collaboration benchmarks share: server children, stock provider clients (as the
// browsers use them), and a database with an organisation, an admin, a project and a session.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveClientToken, liveSchemaVersion } from '@timantti/contracts';
import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connectDatabase, type Database } from '../apps/server/src/db/client.ts';
import { startEmbeddedDatabase } from '../apps/server/src/db/embedded.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { organisations, users } from '../apps/server/src/db/schema.ts';
import { createSession } from '../apps/server/src/modules/auth/sessions.repo.ts';
import { createProject } from '../apps/server/src/modules/projects/commands/create-project.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import type { MemoryReport } from './collab-support.ts';
import { onCleanup, pinProcess, postmastersUnder, repoRoot, sleep } from './support.ts';

// ---------------------------------------------------------------------------------------------
// Server children

export type Server = { name: string; child: ChildProcess; port: number };

export async function startServer(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  pin: boolean,
) {
  const child = fork(path.join(repoRoot, 'bench', script), [], {
    cwd: repoRoot,
    env,
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onCleanup(name, async () => {
    // Clients left open by a failed run would keep reconnecting and hold the server up.
    for (const close of [...openClients]) close();
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening`)));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'listening' && message.port) resolve(message.port);
    });
  });
  // The servers share CPU 0; the clients (this process) run on CPU 1.
  if (pin && child.pid) pinProcess(child.pid, '0');
  return { name, child, port };
}

export function memoryOf(server: Server): Promise<MemoryReport> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string; report?: MemoryReport }) => {
      if (message.type !== 'memory' || !message.report) return;
      server.child.off('message', onMessage);
      resolve(message.report);
    };
    server.child.on('message', onMessage);
    server.child.send({ type: 'memory' });
  });
}

export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  ms = 60_000,
) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// ---------------------------------------------------------------------------------------------
// Clients: stock providers, as the browsers would use them

export type Client = { doc: Y.Doc; close: () => void };

// Every client ever opened, so a failed run closes them too instead of leaving them reconnecting.
const openClients = new Set<() => void>();
function track(close: () => void): () => void {
  const once = () => {
    if (!openClients.delete(once)) return;
    close();
  };
  openClients.add(once);
  return once;
}

export function hocuspocusClient(
  port: number,
  cookie: string,
  name: string,
  path = '/collab',
): Promise<Client> {
  const origin = `http://127.0.0.1:${port}`;
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}${path}`,
    WebSocketPolyfill: CookieWebSocket,
  });
  const doc = new Y.Doc();
  const schemaVersion = liveSchemaVersion(name);
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    // Our server takes edits only from clients announcing the document's schema.
    token: schemaVersion === null ? null : liveClientToken(schemaVersion),
  });
  provider.attach();
  const close = track(() => {
    provider.destroy();
    socket.destroy();
  });
  return until(() => provider.isSynced, 'a Hocuspocus client to sync').then(() => ({ doc, close }));
}

export function yWebsocketClient(port: number, name: string, doc = new Y.Doc()): Promise<Client> {
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // All clients live in this one process: without this, y-websocket would pass updates
    // between them through a BroadcastChannel instead of through the server.
    disableBc: true,
  });
  const close = track(() => provider.destroy());
  return until(() => provider.synced, 'a y-websocket client to sync').then(() => ({ doc, close }));
}

// ---------------------------------------------------------------------------------------------
// Database

/**
 * DATABASE_URL, or a temporary embedded PostgreSQL; migrated, with an organisation, its admin,
 * a project and a signed-in session. Seeded rows in a given database are removed at the end.
 */
export async function benchWorkspace(name: string) {
  const logger = createLogger('warn');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), `timantti-bench-${name}-`));
  onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    await fs.chmod(tmp, 0o755);
    const embedded = await startEmbeddedDatabase({ dataDir: tmp, logger, persistent: false });
    onCleanup('embedded PostgreSQL', async () => {
      await embedded.stop();
      for (const pid of postmastersUnder(tmp)) process.kill(pid, 'SIGKILL');
    });
    databaseUrl = embedded.url;
  }
  const database: Database = connectDatabase(databaseUrl, logger, 2);
  onCleanup('seeding pool', () => database.pool.end());
  await runMigrations(database.pool);

  const suffix = randomBytes(4).toString('hex');
  const [org] = await database.db
    .insert(organisations)
    .values({ name: 'Penkkikunta', slug: `bench-${name}-${suffix}` })
    .returning();
  if (!org) throw new Error('no organisation');
  if (process.env.DATABASE_URL)
    onCleanup('seeded rows', async () => {
      await database.db.delete(organisations).where(eq(organisations.id, org.id));
      await database.pool.query('delete from users where email like $1', [`%${suffix}%`]);
    });
  const [admin] = await database.db
    .insert(users)
    .values({ email: `bench-${suffix}@bench.example`, displayName: 'Penkki', passwordHash: null })
    .returning();
  if (!admin) throw new Error('no user');
  await database.pool.query(
    `insert into memberships (organisation_id, user_id, role) values ($1, $2, 'admin')`,
    [org.id, admin.id],
  );
  const projectId = await createProject(database.db, {
    actorUserId: admin.id,
    organisationId: org.id,
    values: { name: 'Penkki', challenge: '', goals: [], targetGroup: '', indicators: [] },
  });
  const { token } = await createSession(database.db, { userId: admin.id, userAgent: 'bench' });
  return {
    database,
    databaseUrl,
    suffix,
    adminId: admin.id,
    projectId,
    cookie: `timantti_session=${token}`,
  };
}
