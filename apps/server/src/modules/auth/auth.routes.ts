import { LoginInput, LogoutResult, Me } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import { clearSessionCookie } from '../../http/session-cookie.ts';
import type { App, AppContext } from '../../http/types.ts';
import { AppError } from '../../platform/errors.ts';
import { providerLogoutUrl } from '../oidc/oidc-flow.ts';
import { baseUrlOf, type OidcProviders } from '../oidc/oidc-providers.ts';
import { findUserByEmail } from '../users/users.repo.ts';
import { checkPassword } from './check-password.ts';
import { LoginThrottle } from './login-throttle.ts';
import { buildMe } from './me.ts';
import { startSession } from './start-session.ts';
import { deleteSession } from './sessions.repo.ts';

const tags = ['auth'];

export function authRoutes(app: App, { database, events }: AppContext, providers: OidcProviders) {
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
      if (!providers.passwordLogin) throw new AppError('password_login_off');
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
      schema: {
        tags,
        summary: 'Sign out of this session',
        description:
          "200 with the provider's logout address when the session came from single sign-on.",
        response: { 200: LogoutResult, 204: z.null() },
      },
    },
    async (request, reply) => {
      let endSessionUrl: string | null = null;
      if (request.actor) {
        const ended = await deleteSession(db, request.actor.sessionId);
        await events.emit({ type: 'session.ended', sessionIds: [request.actor.sessionId] });
        if (ended.oidcProviderId)
          endSessionUrl = await providerLogoutUrl({
            providers,
            providerId: ended.oidcProviderId,
            baseUrl: baseUrlOf(providers, request),
          });
      }
      clearSessionCookie(request, reply);
      if (endSessionUrl) return reply.status(200).send({ endSessionUrl });
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
