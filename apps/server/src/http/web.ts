import fs from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyRequest } from 'fastify';
import { notFoundProblem, sendProblem } from './problem.ts';
import type { App } from './types.ts';

/**
 * A request for a page of the app, which the app's client-side router answers: a path without
 * a file extension, outside the API and the assets, for a reader that takes HTML. A missing
 * script, stylesheet or image must be a 404, not the page in its place.
 */
function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '';
  if (pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/assets/'))
    return false;
  if (pathname.slice(pathname.lastIndexOf('/') + 1).includes('.')) return false;
  const accept = request.headers.accept;
  return accept === undefined || accept.includes('text/html') || accept.includes('*/*');
}

/**
 * Serves the built web app: its hashed assets, the favicon, and index.html for the app's pages
 * (client-side routes). The build wrote a brotli and a gzip copy beside each text file, sent
 * as they are to a browser that takes them (`preCompressed`), so these routes compress nothing
 * themselves. The files are looked up per request, so a rebuild needs no restart; without a
 * build, the API still works and pages answer 404.
 */
export async function registerWebApp(app: App, webDist: string): Promise<void> {
  await app.register(fastifyStatic, { root: webDist, serve: false, preCompressed: true });

  app.get(
    '/assets/*',
    { config: { access: 'public' }, schema: { hide: true }, compress: false },
    (request, reply) =>
      // Hashed names change with their content, so they may be cached for long.
      reply.sendFile(path.join('assets', (request.params as { '*': string })['*']), {
        maxAge: '365d',
        immutable: true,
      }),
  );
  app.get(
    '/favicon.svg',
    { config: { access: 'public' }, schema: { hide: true }, compress: false },
    (_request, reply) => reply.sendFile('favicon.svg', { maxAge: '1d' }),
  );

  app.setNotFoundHandler(async (request, reply) => {
    if (isPageRequest(request)) {
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
