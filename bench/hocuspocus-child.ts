// A second baseline: Hocuspocus itself, bare — no extensions, no authentication, no persistence —
// so the table tells what Hocuspocus costs and what our extensions add. Started by
// collab-fanout.ts.
import { Server } from '@hocuspocus/server';
import { answerMemoryQueries } from './collab-support.ts';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
const instance = await server.listen();
answerMemoryQueries(() => instance.getDocumentsCount());
process.send?.({ type: 'listening', port: server.address.port });
process.on('SIGTERM', () => {
  void server.destroy().then(() => process.exit(0));
});
