import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { Database } from '../db/client.ts';
import { actorFromSessionToken, originAllowed } from '../http/auth.ts';
import { sessionTokenFromCookieHeader } from '../http/session-cookie.ts';
import type { CollabContext } from './context.ts';
import { resolveDocument } from './document-types.ts';
import { clientSchemaVersion, isStaleClient } from './schema-guard.ts';

/**
 * Every refusal looks the same to the client: no session, a foreign Origin, a document that does
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
 * does, and authorises with the policy of the document's type (a board's or a journey's, the
 * same as its REST routes): editors get a writable connection, readers a read-only one, and so
 * does an editor whose client writes an older schema than the document's (schema-guard.ts).
 */
export function authentication(database: Database): Extension {
  return {
    extensionName: 'timantti-authentication',
    async onAuthenticate(data: onAuthenticatePayload): Promise<CollabContext> {
      const ownOrigin = new URL(data.request.url).origin;
      if (!originAllowed(data.requestHeaders.get('origin') ?? undefined, ownOrigin)) {
        throw new CollabRefusal();
      }
      const token = sessionTokenFromCookieHeader(data.requestHeaders.get('cookie'));
      const actor = token ? await actorFromSessionToken(database, token) : null;
      const document = resolveDocument(data.documentName);
      if (!actor || !document) throw new CollabRefusal();
      const { access, scope } = await document.type.liveAccess(database.db, actor, document.id);
      if (access === 'none' || !scope) throw new CollabRefusal();
      const context: CollabContext = {
        userId: actor.userId,
        sessionId: actor.sessionId,
        documentName: data.documentName,
        projectId: scope.projectId,
        organisationId: scope.organisationId,
        schemaVersion: clientSchemaVersion(data.token),
      };
      // The document is not loaded yet when nobody else is on it: its version is then the
      // type's current one, which loading migrates it to.
      const open = data.instance.documents.get(data.documentName);
      data.connectionConfig.readOnly = access === 'read' || isStaleClient(context, open);
      return context;
    },
  };
}
