import { LoginInput, Me } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import { clearSessionCookie } from '../../http/session-cookie.ts';
import type { App, AppContext } from '../../http/types.ts';
import { AppError } from '../../platform/errors.ts';
import { findUserByEmail } from '../users/users.repo.ts';
import { checkPassword } from './check-password.ts';
import { LoginThrottle } from './login-throttle.ts';
import { buildMe } from './me.ts';
import { startSession } from './start-session.ts';
import { deleteSession } from './sessions.repo.ts';

const tags = ['auth'];

export function authRoutes(app: App, { database, events }: AppContext) {
  const { db } = database;
  const throttle = new LoginThrottle(db);

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: LoginInput,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await findUserByEmail(db, email);
      const passwordHash = user?.passwordHash ?? null;
      const right = await checkPassword({
        throttle,
        request,
        reply,
        email,
        passwordHash,
        password,
      });
      if (!right || !user) throw new AppError('invalid_credentials');
      return startSession(request, reply, db, user.id);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Sign out of this session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.actor) {
        await deleteSession(db, request.actor.sessionId);
        await events.emit({ type: 'session.ended', sessionIds: [request.actor.sessionId] });
      }
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags, summary: 'The signed-in person', response: { 200: Me } } },
    async (request) => {
      const actor = actorOf(request);
      return buildMe(db, actor.userId, actor.csrfToken);
    },
  );
}
