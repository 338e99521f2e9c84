import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveClientToken } from '@timantti/contracts';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { waitUntil } from './server.ts';

export type LiveClient = {
  doc: Y.Doc;
  /** Resolves once the server has every change made to `doc` so far. */
  acknowledged: () => Promise<void>;
  close: () => void;
};

/**
 * A live document opened from Node as the web app opens it (the session cookie, the page's
 * Origin), announcing `schemaVersion`: a newer release's client when it is above this build's.
 */
export async function openLiveDocument(
  url: string,
  cookie: string,
  documentName: string,
  schemaVersion: number,
): Promise<LiveClient> {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin: url } });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `${url.replace(/^http/u, 'ws')}/collab`,
    WebSocketPolyfill: CookieWebSocket,
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token: liveClientToken(schemaVersion),
  });
  provider.attach();
  const close = () => {
    provider.destroy();
    socket.destroy();
  };
  try {
    await waitUntil('the live document to sync', () => provider.isSynced);
  } catch (error) {
    close();
    throw error;
  }
  return {
    doc,
    acknowledged: () =>
      waitUntil(
        'the server to acknowledge',
        () => provider.isSynced && !provider.hasUnsyncedChanges,
      ),
    close,
  };
}
