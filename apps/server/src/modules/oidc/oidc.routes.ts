import { Id, SignInMethods } from '@timantti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppContext } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { startSession } from '../auth/start-session.ts';
import { requireInOrganisation } from '../organisations/organisation-access.ts';
import { signInWithProvider } from './commands/sign-in-with-provider.ts';
import { unlinkIdentity } from './commands/unlink-identity.ts';
import { providerName } from './oidc-config.ts';
import {
  finishProviderSignIn,
  OidcRefusal,
  safeReturnPath,
  startProviderSignIn,
  type OidcFailure,
} from './oidc-flow.ts';
import { failurePage, failureStatus } from './oidc-pages.ts';
import { baseUrlOf, type OidcProviders } from './oidc-providers.ts';

const tags = ['auth'];
// The state travels in this cookie too, so that only the browser that set out can finish.
const STATE_COOKIE = 'timantti_oidc';
const STATE_COOKIE_PATH = '/api/v1/auth/oidc';
const ProviderParams = z.strictObject({ providerId: z.string().regex(/^[a-z0-9-]{1,40}$/) });
const StartQuery = z.strictObject({ returnTo: z.string().max(2000).optional() });
// The provider adds what it likes (iss, session_state, error_description …); the library reads
// the whole answer from the URL.
const CallbackQuery = z.looseObject({ state: z.string().max(500).optional() });
const IdentityParams = z.strictObject({ orgId: Id, userId: Id, identityId: Id });

function refuse(request: FastifyRequest, reply: FastifyReply, error: unknown, providerId: string) {
  if (!(error instanceof OidcRefusal)) throw error;
  const reason: OidcFailure = error.reason;
  // Ids and library codes only: no token, claim, address or e-mail reaches the log.
  request.log.warn(
    { event: 'oidc.refused', provider: providerId, reason, detail: error.detail },
    'single sign-on refused',
  );
  // A browser arriving from the provider gets a page; an API client, a problem like any other.
  if (!request.headers.accept?.includes('text/html'))
    throw new AppError('sign_in_failed', { status: failureStatus[reason] });
  return reply
    .status(failureStatus[reason])
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(failurePage(request.locale, reason));
}

export function oidcRoutes(app: App, { database, events }: AppContext, providers: OidcProviders) {
  const { db } = database;

  app.get(
    '/api/v1/auth/methods',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'How one may sign in here',
        response: { 200: SignInMethods },
      },
    },
    async (request) => ({
      password: providers.passwordLogin,
      providers: (await providers.list()).map((provider) => ({
        id: provider.id,
        name: providerName(provider.name, request.locale),
        startPath: `/api/v1/auth/oidc/${provider.id}/start`,
      })),
    }),
  );

  app.get(
    '/api/v1/auth/oidc/:providerId/start',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign in through an identity provider (a browser navigation)',
        params: ProviderParams,
        querystring: StartQuery,
      },
    },
    async (request, reply) => {
      const { providerId } = request.params;
      try {
        const started = await startProviderSignIn({
          db,
          providers,
          providerId,
          baseUrl: baseUrlOf(providers, request),
          returnTo: safeReturnPath(request.query.returnTo),
        });
        reply.setCookie(STATE_COOKIE, started.state, {
          path: STATE_COOKIE_PATH,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level GET from its own site.
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: 10 * 60,
        });
        return reply.header('cache-control', 'no-store').redirect(started.redirectTo, 302);
      } catch (error) {
        return refuse(request, reply, error, providerId);
      }
    },
  );

  app.get(
    '/api/v1/auth/oidc/:providerId/callback',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "The identity provider's redirect back (register this as the redirect URI)",
        params: ProviderParams,
        querystring: CallbackQuery,
      },
    },
    async (request, reply) => {
      const { providerId } = request.params;
      const browserState = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
      try {
        const finished = await finishProviderSignIn({
          db,
          providers,
          providerId,
          baseUrl: baseUrlOf(providers, request),
          requestUrl: request.url,
          state: request.query.state,
          browserState,
        });
        const signedIn = await signInWithProvider(db, {
          provider: finished.provider,
          person: finished.person,
          locale: request.locale,
        });
        if ('refused' in signedIn) throw new OidcRefusal(signedIn.refused);
        await startSession(request, reply, db, signedIn.userId, finished.provider.id);
        request.log.info({ event: 'oidc.signed_in', provider: providerId }, 'signed in');
        return reply.header('cache-control', 'no-store').redirect(finished.returnTo, 302);
      } catch (error) {
        return refuse(request, reply, error, providerId);
      }
    },
  );

  app.delete(
    '/api/v1/orgs/:orgId/members/:userId/identities/:identityId',
    {
      schema: {
        tags: ['organisations'],
        summary: "Unlink a member's identity-provider account",
        params: IdentityParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { orgId, userId, identityId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'manageMembers');
      const unlinked = await unlinkIdentity(db, {
        actorUserId: actor.userId,
        organisationId: orgId,
        userId,
        identityId,
      });
      if (!unlinked) throw notFound();
      // Their live connections go too, on every instance that holds one.
      if (unlinked.endedSessionIds.length > 0)
        await events.emit({ type: 'session.ended', sessionIds: unlinked.endedSessionIds });
      return reply.status(204).send(null);
    },
  );
}
