import { timingSafeEqual } from 'node:crypto';
import { isLocale, negotiateLocale } from '@timantti/i18n';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/client.ts';
import {
  findSessionByToken,
  touchSession,
  type SessionActorRow,
} from '../modules/auth/sessions.repo.ts';
import { AppError } from '../platform/errors.ts';
import { SESSION_COOKIE } from './session-cookie.ts';
import type { Actor, App } from './types.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A browser always sends Origin on cross-site writes and WebSocket handshakes; one that is not
 * the server's own origin, scheme and port included, is refused: an `http://` page must not
 * write to the HTTPS site of the same host. Without Origin the caller is not a browser, so no
 * CSRF is possible.
 */
export function originAllowed(origin: string | undefined, ownOrigin: string): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).origin === new URL(ownOrigin).origin;
  } catch {
    return false;
  }
}

// The origin the browser addressed; behind TRUST_PROXY, Fastify takes the scheme and host the
// proxy forwards.
export const ownOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export function actorFromSession(row: SessionActorRow): Actor {
  return {
    userId: row.userId,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    roles: new Map(row.roles.map((r) => [r.organisationId, r.role])),
  };
}

/** The signed-in person behind a session cookie's token, or null: for HTTP and WebSocket alike. */
export async function actorFromSessionToken(
  database: Database,
  token: string,
): Promise<Actor | null> {
  const row = await findSessionByToken(database.db, token);
  if (!row) return null;
  await touchSession(database.db, row.sessionId, row.lastSeenAt);
  return actorFromSession(row);
}

/**
 * Resolves the caller from the session cookie, picks the response language, refuses
 * anonymous callers on non-public routes, checks CSRF on cookie-authenticated writes and keeps
 * API answers out of caches.
 */
export function registerAuth(app: App, database: Database) {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'fi');

  app.addHook('onRequest', async (request) => {
    request.locale = negotiateLocale(request.headers['accept-language']);
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const actor = await actorFromSessionToken(database, token);
    if (!actor) return;
    request.actor = actor;
    if (isLocale(actor.locale)) request.locale = actor.locale;
  });

  // In onRequest, before the body is read: a refused caller learns nothing from validation.
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access ?? 'user';
    if (!SAFE_METHODS.has(request.method)) {
      // A browser always sends Origin on cross-site writes; refusing a foreign one stops
      // login CSRF too, where no session exists yet.
      if (!originAllowed(request.headers.origin, ownOrigin(request))) {
        throw new AppError('csrf_failed');
      }
      // A public form's post carries its own signed one-time token instead (feedback-forms).
      if (request.actor && !request.routeOptions.config.publicForm) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameToken(sent, request.actor.csrfToken)) {
          throw new AppError('csrf_failed');
        }
      }
    }
    if (access === 'user' && !request.actor) throw new AppError('unauthenticated');
  });

  // An API answer may carry personal data or the session's CSRF token, which no browser or
  // proxy cache may keep for the next user of the machine. A route that means to be cached says
  // so with its own Cache-Control.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/v1/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
}
