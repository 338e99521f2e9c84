import type { Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import { announcedSchemaVersion } from '@timantti/contracts';
import type * as Y from 'yjs';
import { isCollabContext, type CollabContext } from './context.ts';
import { resolveDocument } from './document-types.ts';

/** What a connection's token announces; a client that announces nothing is taken as oldest. */
export function clientSchemaVersion(token: string): number {
  return announcedSchemaVersion(token) ?? 0;
}

/**
 * Whether the client writes an older schema than the document's: older than its type's current
 * version on this server, or than the version the document already says it is in (migrated by
 * a newer release, on another instance, while it was open here). Such a client would write the
 * old shape into it, so its connection is read-only, whatever its UI does.
 */
export function isStaleClient(context: CollabContext, document?: Y.Doc): boolean {
  const resolved = resolveDocument(context.documentName);
  if (!resolved) return true;
  const { type } = resolved;
  const current = Math.max(type.schemaVersion, document ? type.versionOf(document) : 0);
  return context.schemaVersion < current;
}

/**
 * Checks every message against the document as it is now, before it is applied: a document
 * raised to a newer schema while a stale client is on it takes no more of that client's
 * edits, without waiting for it to reconnect. Read-only is never lifted here; revocation,
 * which may widen access, asks `isStaleClient` too.
 */
export function schemaGuard(): Extension {
  return {
    extensionName: 'timantti-schema-guard',
    async beforeHandleMessage({ connection, context, document }: beforeHandleMessagePayload) {
      if (!connection.readOnly && (!isCollabContext(context) || isStaleClient(context, document)))
        connection.readOnly = true;
    },
  };
}
