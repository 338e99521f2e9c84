// The baseline: the y-websocket project's own server (@y/websocket-server), bare — no
// authentication, no persistence, no hooks — on node:http + ws. Started by collab-fanout.ts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { answerMemoryQueries } from './collab-support.ts';

const server = http.createServer((_request, response) => response.writeHead(200).end('ok'));
const sockets = new WebSocketServer({ server });
sockets.on('connection', (socket, request) => setupWSConnection(socket, request));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  answerMemoryQueries(() => docs.size);
  process.send?.({ type: 'listening', port: (server.address() as AddressInfo).port });
});
process.on('SIGTERM', () => {
  for (const socket of sockets.clients) socket.terminate();
  server.close(() => process.exit(0));
});
