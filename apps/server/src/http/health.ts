import { z } from 'zod';
import type { App, AppContext } from './types.ts';

const Health = z.object({ status: z.enum(['ok', 'unavailable']) });

export function healthRoutes(app: App, { ready }: AppContext) {
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
        summary: 'Database reachable and migrated',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const ok = await ready().catch(() => false);
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable' });
    },
  );
}
