// The full Timantti app with live boards (as `npm start` runs it, minus the embedded database
// and demo seed), started by bench/collab-fanout.ts. Answers the parent over IPC with its heap
// after a forced GC and its count of loaded documents, which the app itself never exposes.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { buildApp } from '../apps/server/src/app.ts';
import { connectDatabase } from '../apps/server/src/db/client.ts';
import { jobDefinitions } from '../apps/server/src/jobs/definitions.ts';
import { createJobQueue } from '../apps/server/src/platform/jobs/job-queue.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { LocalUploadStore } from '../apps/server/src/platform/storage.ts';
import { answerMemoryQueries } from './collab-support.ts';

const logger = createLogger('warn');
const database = connectDatabase(process.env.DATABASE_URL ?? '', logger);
const { app, collab } = await buildApp({
  database,
  // Nothing the bench does enqueues a job.
  jobs: createJobQueue({
    url: process.env.DATABASE_URL ?? '',
    db: database.db,
    logger,
    definitions: jobDefinitions,
    uploads: new LocalUploadStore(os.tmpdir()),
  }),
  // No web build is served here; any existing directory will do.
  config: { trustProxy: false, webDist: os.tmpdir(), dataDir: os.tmpdir() },
  ready: async () => true,
  logger,
  collab: {
    trustProxy: false,
    redisUrl: process.env.REDIS_URL,
    redisPrefix: process.env.REDIS_PREFIX ?? 'timantti-bench',
  },
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
answerMemoryQueries(() => collab?.hocuspocus.getDocumentsCount() ?? 0);
process.send?.({ type: 'listening', port: (app.server.address() as AddressInfo).port });
process.on('SIGTERM', () => {
  setTimeout(() => process.exit(1), 15_000).unref();
  void app.close().then(async () => {
    await database.pool.end();
    process.exit(0);
  });
});
