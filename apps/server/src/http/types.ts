import type { Role } from '@timantti/contracts';
import type { LocaleCode } from '@timantti/i18n';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import type { DomainEvents } from '../events/domain-events.ts';
import type { OidcConfig } from '../modules/oidc/oidc-config.ts';
import type { Config } from '../platform/env.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';

/** Who is calling: the signed-in person and their role in each organisation. */
export type Actor = {
  userId: string;
  email: string;
  displayName: string;
  locale: LocaleCode;
  sessionId: string;
  csrfToken: string;
  roles: ReadonlyMap<string, Role>;
};

/** `public` routes answer anonymous callers; every other route needs a signed-in person. */
export type RouteAccess = 'public' | 'user';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: LocaleCode;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** The body is a file the route reads as a stream, so it has no body schema. */
    file?: true;
    /**
     * A public form's page: its urlencoded body is read by the route, and its post is guarded by
     * the form's signed one-time token and the Origin check rather than a session's CSRF token.
     */
    publicForm?: true;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type AppContext = {
  database: Database;
  config: Pick<Config, 'trustProxy' | 'webDist' | 'dataDir'> & Partial<Pick<Config, 'uploadsS3'>>;
  ready: () => Promise<boolean>;
  events: DomainEvents;
  /** Enqueues and cancels jobs on every instance; only the worker role runs them. */
  jobs: JobQueue;
  /** The roles this instance serves, as /readyz reports them. */
  roles: readonly ServerRole[];
  /** Public form submissions allowed per minute (modules/feedback-forms). */
  feedbackLimits?: FeedbackLimits;
  /** Single sign-on providers from the environment, and whether passwords are taken. */
  oidc?: OidcConfig;
};

export type FeedbackLimits = { perAddressPerMinute: number; perFormPerMinute: number };

export const serverRoles = ['api', 'collab', 'worker'] as const;
export type ServerRole = (typeof serverRoles)[number];
