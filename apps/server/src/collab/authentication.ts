import { boardIdOf } from '@timantti/contracts';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { Database } from '../db/client.ts';
import { actorFromSessionToken, originAllowed } from '../http/auth.ts';
import { sessionTokenFromCookieHeader } from '../http/session-cookie.ts';
import { liveBoardAccess } from '../modules/synthesis/board-access.ts';
import type { CollabContext } from './context.ts';

/**
 * Every refusal looks the same to the client: no session, a foreign Origin, a board that does
 * not exist and one the person may not see are indistinguishable, as a 404 is over REST.
 * (An empty message keeps Hocuspocus from logging each refusal as an error.)
 */
export class CollabRefusal extends Error {
  readonly reason = 'permission-denied';
  constructor() {
    super('');
  }
}

/**
 * Authenticates a connection to a document from the session cookie of the WebSocket upgrade
 * request (the same lookup as the REST API's), refuses a foreign Origin as the REST CSRF check
 * does, and authorises with the board policy: editors get a writable connection, readers a
 * read-only one.
 */
export function authentication(database: Database): Extension {
  return {
    extensionName: 'timantti-authentication',
    async onAuthenticate(data: onAuthenticatePayload): Promise<CollabContext> {
      const host = new URL(data.request.url).host;
      if (!originAllowed(data.requestHeaders.get('origin') ?? undefined, host)) {
        throw new CollabRefusal();
      }
      const token = sessionTokenFromCookieHeader(data.requestHeaders.get('cookie'));
      const actor = token ? await actorFromSessionToken(database, token) : null;
      const boardId = boardIdOf(data.documentName);
      if (!actor || !boardId) throw new CollabRefusal();
      const { access, board } = await liveBoardAccess(database.db, actor, boardId);
      if (access === 'none' || !board) throw new CollabRefusal();
      data.connectionConfig.readOnly = access === 'read';
      return {
        userId: actor.userId,
        sessionId: actor.sessionId,
        boardId: board.id,
        projectId: board.projectId,
        organisationId: board.organisationId,
      };
    },
  };
}
