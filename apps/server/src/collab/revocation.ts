import type { Connection, Hocuspocus } from '@hocuspocus/server';
import type { Database } from '../db/client.ts';
import type { DomainEvent, DomainEvents } from '../events/domain-events.ts';
import { actorFromSession } from '../http/auth.ts';
import { findSessionById } from '../modules/auth/sessions.repo.ts';
import type { Logger } from '../platform/logger.ts';
import { isCollabContext, type CollabContext } from './context.ts';
import { resolveDocument, type LiveAccess } from './document-types.ts';
import { isStaleClient } from './schema-guard.ts';

// Close codes a client can tell apart: gone for good, or reconnect to learn the new scope.
export const ACCESS_REVOKED = { code: 4403, reason: 'access-revoked' };
export const ACCESS_CHANGED = { code: 4409, reason: 'access-changed' };

function affects(event: DomainEvent, context: CollabContext): boolean {
  switch (event.type) {
    case 'session.ended':
      return event.sessionIds.includes(context.sessionId);
    case 'sessions.revoked':
      return context.userId === event.userId && context.sessionId !== event.exceptSessionId;
    case 'membership.changed':
      return context.userId === event.userId && context.organisationId === event.organisationId;
    case 'team.changed':
      return context.userId === event.userId && context.projectId === event.projectId;
    case 'project.access_changed':
      return context.projectId === event.projectId;
    case 'board.access_changed':
    case 'journey.access_changed':
    case 'concept.access_changed': {
      const document = resolveDocument(context.documentName);
      return document !== null && document.type.accessChanged(event, document.id);
    }
    case 'evidence.withdrawn':
    case 'live_document.store_requested':
      return false;
  }
}

/**
 * Checks open connections again when access may have changed: at once for the connections a
 * domain event names (emitted on any instance, events/relay.ts), and every `sweepIntervalMs`
 * for all of them, a backstop for what no event named. A connection that lost access is closed; one whose
 * access narrowed to reading (or widened to editing) stops or starts taking edits at once and
 * is asked to reconnect, so its client learns the new scope.
 */
export function revocation(options: {
  hocuspocus: Hocuspocus;
  database: Database;
  events: DomainEvents;
  sweepIntervalMs: number;
  logger: Pick<Logger, 'error'>;
}) {
  const { hocuspocus, database } = options;

  function openConnections(): { connection: Connection; context: CollabContext }[] {
    const found: { connection: Connection; context: CollabContext }[] = [];
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        if (isCollabContext(connection.context))
          found.push({ connection, context: connection.context });
      }
    }
    return found;
  }

  async function recheck(targets: { connection: Connection; context: CollabContext }[]) {
    // One lookup per session and per (session, document), however many connections share them.
    const sessions = new Map<string, ReturnType<typeof findSessionById>>();
    const accesses = new Map<string, Promise<LiveAccess['access']>>();
    const accessOf = (context: CollabContext) => {
      const key = `${context.sessionId}:${context.documentName}`;
      let access = accesses.get(key);
      if (!access) {
        let session = sessions.get(context.sessionId);
        if (!session) {
          session = findSessionById(database.db, context.sessionId);
          sessions.set(context.sessionId, session);
        }
        const document = resolveDocument(context.documentName);
        access = session.then(async (row) =>
          row && document
            ? (await document.type.liveAccess(database.db, actorFromSession(row), document.id))
                .access
            : 'none',
        );
        accesses.set(key, access);
      }
      return access;
    };
    await Promise.all(
      targets.map(async ({ connection, context }) => {
        const access = await accessOf(context);
        if (access === 'none') {
          connection.close(ACCESS_REVOKED);
          return;
        }
        // Editing access regained does not lift the read-only of a client on an older schema.
        const readOnly = access === 'read' || isStaleClient(context, connection.document);
        if (readOnly !== connection.readOnly) {
          connection.readOnly = readOnly;
          connection.webSocket.close(ACCESS_CHANGED.code, ACCESS_CHANGED.reason);
        }
      }),
    );
  }

  const unsubscribe = options.events.on(async (event) => {
    const targets = openConnections().filter(({ context }) => affects(event, context));
    if (targets.length > 0) await recheck(targets);
  });
  const sweep = setInterval(() => {
    recheck(openConnections()).catch((error: unknown) =>
      options.logger.error({ err: error }, 'collaboration access sweep failed'),
    );
  }, options.sweepIntervalMs);
  sweep.unref();

  return {
    stop() {
      unsubscribe();
      clearInterval(sweep);
    },
  };
}
