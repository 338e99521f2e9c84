import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fromSetting, OidcProviderSettings, type OidcConfig } from '../modules/oidc/oidc-config.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  // Namespace of this installation's keys and channels, for a Redis shared with others.
  TIMANTTI_REDIS_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'TIMANTTI_REDIS_PREFIX: letters, digits, . _ : - (at most 64)')
    .default('timantti'),
  TIMANTTI_DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
  TIMANTTI_DEMO: z.enum(['on', 'off']).default('on'),
  // How many reverse-proxy hops to trust for the client address and protocol (0 = none).
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx) => {
      if (value === 'true') return true;
      if (value === 'false' || value === '0') return false;
      const hops = Number(value);
      if (Number.isInteger(hops) && hops > 0) return hops;
      // An address list or CIDR ranges, as Fastify accepts.
      if (/^[\d.:a-f/, ]+$/i.test(value)) return value;
      ctx.addIssue({
        code: 'custom',
        message: 'TRUST_PROXY: true, false, a hop count or addresses',
      });
      return z.NEVER;
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TIMANTTI_WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  // Public feedback form posts per minute: from one address to one form (a service point's
  // shared tablet sends from one address), and to one form from anywhere.
  FEEDBACK_RATE_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  FEEDBACK_RATE_PER_FORM: z.coerce.number().int().min(1).default(600),
  // Single sign-on: a JSON array of providers (docs/oidc.md); more can be added with the CLI.
  TIMANTTI_OIDC_PROVIDERS: z
    .string()
    .default('[]')
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'TIMANTTI_OIDC_PROVIDERS: not JSON' });
        return z.NEVER;
      }
    })
    .pipe(OidcProviderSettings),
  // off hides the password form, for installations where everyone signs in through a provider.
  TIMANTTI_PASSWORD_LOGIN: z.enum(['on', 'off']).default('on'),
  TIMANTTI_PUBLIC_URL: z.url().optional(),
  // How often live connections are authorised again, a backstop: access changes reach them at
  // once as domain events.
  TIMANTTI_ACCESS_SWEEP_SECONDS: z.coerce.number().int().min(1).default(30),
  // Names this process in the X-Timantti-Instance response header, so an operator (and the
  // load-balancer test) can tell which instance behind a balancer answered; random if unset.
  TIMANTTI_INSTANCE_ID: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'TIMANTTI_INSTANCE_ID: letters, digits, . _ - (at most 64)')
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  dataDir: string;
  demo: boolean;
  trustProxy: boolean | number | string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  webDist: string;
  feedbackLimits: { perAddressPerMinute: number; perFormPerMinute: number };
  oidc: OidcConfig;
  accessSweepMs: number;
  instanceId: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.TIMANTTI_REDIS_PREFIX,
    dataDir: path.resolve(e.TIMANTTI_DATA_DIR),
    demo: e.TIMANTTI_DEMO === 'on',
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.TIMANTTI_WEB_DIST),
    feedbackLimits: {
      perAddressPerMinute: e.FEEDBACK_RATE_PER_ADDRESS,
      perFormPerMinute: e.FEEDBACK_RATE_PER_FORM,
    },
    oidc: {
      providers: e.TIMANTTI_OIDC_PROVIDERS.map(fromSetting),
      passwordLogin: e.TIMANTTI_PASSWORD_LOGIN === 'on',
      publicUrl: e.TIMANTTI_PUBLIC_URL?.replace(/\/+$/, ''),
    },
    accessSweepMs: e.TIMANTTI_ACCESS_SWEEP_SECONDS * 1000,
    instanceId: e.TIMANTTI_INSTANCE_ID ?? randomBytes(4).toString('hex'),
  };
}
