import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { App } from './types.ts';

export async function registerOpenApi(app: App) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Timantti API',
        description:
          'REST API of Timantti. Errors are application/problem+json (RFC 9457) with a stable `code`. Writes made with the session cookie send the `X-CSRF-Token` header from GET /api/v1/auth/me.',
        version: '1',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'timantti_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A plain, accessible HTML reading of the OpenAPI document; no scripts, so the CSP holds. */
export function renderApiDocs(doc: OpenAPIV3_1.Document): string {
  const sections = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {})
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => {
        const operation = op as OpenAPIV3_1.OperationObject;
        const body = (operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined)
          ?.content?.['application/json']?.schema;
        const responses = Object.entries(operation.responses ?? {})
          .map(([status, response]) => {
            const schema = (response as OpenAPIV3_1.ResponseObject).content?.['application/json']
              ?.schema;
            return `<dt>${escapeHtml(status)}</dt><dd>${schema ? `<pre tabindex="0">${escapeHtml(JSON.stringify(schema, null, 2))}</pre>` : '—'}</dd>`;
          })
          .join('');
        return `<section aria-labelledby="${escapeHtml(method + path)}">
<h3 id="${escapeHtml(method + path)}"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary ?? '')}</p>
${body ? `<h4>Request body</h4><pre tabindex="0">${escapeHtml(JSON.stringify(body, null, 2))}</pre>` : ''}
<h4>Responses</h4><dl>${responses}</dl>
</section>`;
      }),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} – reference</title>
<style>body{font-family:'Source Sans 3',Helvetica,Arial,sans-serif;max-width:70rem;margin:0 auto;padding:1rem 2rem;color:#222;line-height:1.5}
pre{background:#f4f5f6;padding:.75rem;overflow:auto;font-size:.85rem}h3{margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem}a{color:#003479}</style>
</head><body><main><h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description ?? '')}</p>
<p><a href="/api/openapi.json">OpenAPI 3.1 document (JSON)</a></p>
<h2>Operations</h2>${sections.join('\n')}</main></body></html>`;
}
