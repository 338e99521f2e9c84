import path from 'node:path';
import { repoRoot } from '../../../e2e/support/server.ts';

// What the load-balancer test runs and the self-hosting check holds the Dockerfile and
// compose.yaml to: the same start script and the same nginx configuration.
export const SERVE_SCRIPT = path.join(repoRoot, 'scripts/serve.sh');
export const NGINX_TEMPLATE = path.join(repoRoot, 'deploy/nginx/timantti.conf.template');

/** Fills in a template's ${NAME}s as the nginx image does at start; a name not given fails. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the template names \${${name}}, not given`);
    return value;
  });
}
