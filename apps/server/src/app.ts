import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { accountRoutes } from './modules/accounts/accounts.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { ideaRoutes } from './modules/ideas/ideas.routes.ts';
import { articleRoutes } from './modules/articles/articles.routes.ts';
import { trainingRoutes } from './modules/training/training.routes.ts';
import { votingRoundRoutes } from './modules/ideas/voting-rounds.routes.ts';
import { conceptRoutes } from './modules/concepts/concepts.routes.ts';
import { conceptTestRoutes } from './modules/concept-tests/concept-tests.routes.ts';
import { feedbackFormRoutes } from './modules/feedback-forms/feedback-forms.routes.ts';
import { publicFormRoutes } from './modules/feedback-forms/public-forms.routes.ts';
import { oidcRoutes } from './modules/oidc/oidc.routes.ts';
import { OidcProviders } from './modules/oidc/oidc-providers.ts';
import { invitationRoutes } from './modules/invitations/invitations.routes.ts';
import { jobRoutes } from './modules/jobs/jobs.routes.ts';
import { methodCardRoutes } from './modules/method-cards/method-cards.routes.ts';
import { journeyRoutes } from './modules/journeys/journeys.routes.ts';
import { organisationRoutes } from './modules/organisations/organisations.routes.ts';
import { personaRoutes } from './modules/personas/personas.routes.ts';
import { projectRoutes } from './modules/projects/projects.routes.ts';
import { researchRoutes } from './modules/research/research.routes.ts';
import { boardRoutes } from './modules/synthesis/boards.routes.ts';
import { insightRoutes } from './modules/synthesis/insights.routes.ts';
import { themeSuggestionRoutes } from './modules/synthesis/theme-suggestions.routes.ts';
import {
  INSTANCE_HEADER,
  startCollab,
  type Collab,
  type CollabOptions,
} from './collab/collab-server.ts';
import { DomainEvents } from './events/domain-events.ts';
import { startEventRelay, type EventRelay } from './events/relay.ts';
import { registerAuth } from './http/auth.ts';
import { healthRoutes } from './http/health.ts';
import { refuseUnexpectedBodies } from './http/no-body.ts';
import { registerOpenApi, renderApiDocs } from './http/openapi.ts';
import { errorHandler, notFoundProblem, sendProblem } from './http/problem.ts';
import type { App, AppContext, RouteAccess, ServerRole } from './http/types.ts';
import { registerWebApp } from './http/web.ts';
import { createLogger } from './platform/logger.ts';

export type RouteEntry = { method: string; url: string; access: RouteAccess };

export type BuildAppOptions = Omit<AppContext, 'events' | 'roles'> & {
  /** What this instance serves; by default the API, and live boards when `collab` is given. */
  roles?: readonly ServerRole[];
  logger: FastifyBaseLogger | false;
  /**
   * Serve live boards at /collab on the same port (the `collab` role); without it no WebSocket
   * upgrade is accepted.
   */
  collab?: CollabOptions | null;
  /** Sent as X-Timantti-Instance on every reply, WebSocket upgrades included. */
  instanceId?: string;
};

// A hop count trusts that many proxies nearest to us, as Express and proxy-addr define it.
function trustProxyOption(value: boolean | number | string) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

/** The HTTP API and web app as one Fastify instance, not yet listening. */
export async function buildApp(options: BuildAppOptions): Promise<{
  app: App;
  routes: RouteEntry[];
  events: DomainEvents;
  relay: EventRelay;
  collab: Collab | null;
}> {
  const { logger, collab: collabOptions, roles, instanceId, ...base } = options;
  const quietLogger = createLogger('silent');
  const events = new DomainEvents(logger === false ? null : logger);
  const context: AppContext = {
    ...base,
    events,
    roles: roles ?? (collabOptions ? ['api', 'collab'] : ['api']),
  };
  const app = Fastify({
    loggerInstance: logger === false ? undefined : logger,
    trustProxy: trustProxyOption(context.config.trustProxy),
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  if (instanceId)
    app.addHook('onRequest', async (_request, reply) => {
      reply.header(INSTANCE_HEADER, instanceId);
    });

  // The route table the authorization matrix test walks, so no route can escape it.
  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, access: route.config?.access ?? 'user' });
    }
  });

  // Before any route, which it hooks as each is added. Replies above 1 KiB are compressed as
  // they go (brotli at a fast level, or gzip); the web app's files come compressed from the
  // build and pass as they are (http/web.ts). Request bodies are taken as sent.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    globalDecompression: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React Aria positions overlays with style attributes; scripts stay strictly 'self'.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Sent below only over HTTPS, where it means something.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
  });
  registerAuth(app, context.database);
  refuseUnexpectedBodies(app);
  await registerOpenApi(app);

  const providers = new OidcProviders(context.database.db, context.oidc);
  healthRoutes(app, context);
  // Without the api role an instance answers only health checks: no REST, no web app.
  if (context.roles.includes('api')) {
    authRoutes(app, context, providers);
    oidcRoutes(app, context, providers);
    accountRoutes(app, context);
    organisationRoutes(app, context, providers);
    invitationRoutes(app, context, providers);
    jobRoutes(app, context);
    projectRoutes(app, context);
    researchRoutes(app, context);
    boardRoutes(app, context);
    insightRoutes(app, context);
    personaRoutes(app, context);
    journeyRoutes(app, context);
    conceptRoutes(app, context);
    conceptTestRoutes(app, context);
    themeSuggestionRoutes(app, context);
    ideaRoutes(app, context);
    votingRoundRoutes(app, context);
    articleRoutes(app, context);
    trainingRoutes(app, context);
    feedbackFormRoutes(app, context);
    publicFormRoutes(app, context);
    methodCardRoutes(app, context);

    app.get(
      '/api/openapi.json',
      { config: { access: 'public' }, schema: { hide: true } },
      async () => app.swagger(),
    );
    app.get(
      '/api/docs',
      { config: { access: 'public' }, schema: { hide: true } },
      async (_request, reply) =>
        reply.type('text/html; charset=utf-8').send(renderApiDocs(app.swagger() as never)),
    );

    await registerWebApp(app, context.config.webDist);
  } else {
    app.setNotFoundHandler(async (request, reply) =>
      sendProblem(reply, notFoundProblem(request.locale)),
    );
  }

  const collab = collabOptions
    ? startCollab({
        server: app.server,
        database: context.database,
        events,
        logger: logger === false ? quietLogger : logger,
        options: collabOptions,
        instanceId,
      })
    : null;
  // Before the HTTP server closes: live documents are stored while the database is still open.
  if (collab) app.addHook('preClose', () => collab.close());

  // Events to and from the other instances; an instance with live documents answers requests
  // about them.
  const relay = await startEventRelay({
    pool: context.database.pool,
    events,
    logger: logger === false ? quietLogger : logger,
    answersRequests: collab !== null,
  });
  events.connect(relay.transport);
  app.addHook('onClose', async () => {
    events.connect(null);
    await relay.stop();
  });

  try {
    await app.ready();
  } catch (error) {
    await relay.stop();
    throw error;
  }
  return { app, routes, events, relay, collab };
}
