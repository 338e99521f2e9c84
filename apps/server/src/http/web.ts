import fs from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { notFoundProblem, sendProblem } from './problem.ts';
import type { App } from './types.ts';

/**
 * Serves the built web app: its hashed assets, the favicon, and index.html for every other
 * non-API path (client-side routes). The files are looked up per request, so a rebuild needs
 * no restart; without a build, the API still works and pages answer 404.
 */
export async function registerWebApp(app: App, webDist: string): Promise<void> {
  await app.register(fastifyStatic, { root: webDist, serve: false });

  app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) =>
    // Hashed names change with their content, so they may be cached for long.
    reply.sendFile(path.join('assets', (request.params as { '*': string })['*']), {
      maxAge: '365d',
      immutable: true,
    }),
  );
  app.get(
    '/favicon.svg',
    { config: { access: 'public' }, schema: { hide: true } },
    (_request, reply) => reply.sendFile('favicon.svg', { maxAge: '1d' }),
  );

  app.setNotFoundHandler(async (request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (!isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      const html = await fs.readFile(path.join(webDist, 'index.html'), 'utf8').catch(() => null);
      if (html)
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-cache')
          .send(html);
    }
    return sendProblem(reply, notFoundProblem(request.locale));
  });
}
