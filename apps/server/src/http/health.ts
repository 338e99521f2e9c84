import { z } from 'zod';
import { finnishMorphology } from '../modules/search/voikko.ts';
import { serverRoles, type App, type AppContext } from './types.ts';

const Health = z.object({ status: z.enum(['ok', 'unavailable']) });
const Readiness = Health.extend({
  // Whether Finnish search finds inflected forms and compound parts (Voikko installed); the
  // server is ready either way. The reason, when off, is in the start banner.
  finnishMorphology: z.boolean(),
  /** What this instance serves (`--roles`), so a load balancer's checks can tell them apart. */
  roles: z.array(z.enum(serverRoles)),
});

export function healthRoutes(app: App, { ready, roles }: AppContext) {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: Health } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary:
          'Database reachable and migrated; whether Finnish morphology (Voikko) is on; the roles served',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const ok = await ready().catch(() => false);
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'unavailable',
        finnishMorphology: finnishMorphology().on,
        roles: [...roles],
      });
    },
  );
}
