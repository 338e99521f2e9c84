import type { Me } from '@timantti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import { setSessionCookie } from '../../http/session-cookie.ts';
import { buildMe } from './me.ts';
import { createSession, deleteSession } from './sessions.repo.ts';

/**
 * Signs the person in on this browser. A fresh session every time: a token planted before
 * sign-in is never promoted, and any earlier session of this browser ends.
 */
export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Db,
  userId: string,
  oidcProviderId?: string,
): Promise<Me> {
  if (request.actor) await deleteSession(db, request.actor.sessionId);
  const { token, csrfToken } = await createSession(db, {
    userId,
    userAgent: request.headers['user-agent'],
    oidcProviderId,
  });
  setSessionCookie(request, reply, token);
  return buildMe(db, userId, csrfToken);
}
