// The self-hosters' files, checked as far as can be without a container engine: compose.yaml
// as Debian's docker-compose 1.29 reads it (it refuses newer Compose Spec keys), the
// Dockerfile's sources, and that both start and configure what the load-balancer test
// (apps/server/test/load-balancer.test.ts) runs.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { NGINX_TEMPLATE, renderTemplate, SERVE_SCRIPT } from '../apps/server/test/scale-out.ts';

const root = path.resolve(import.meta.dirname, '..');
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const compose = fs.readFileSync(path.join(root, 'compose.yaml'), 'utf8');

// Instructions with their continuation lines joined, comments left out.
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const stages = instructions
  .join('\n')
  .split(/^FROM /m)
  .slice(1);
const runtime = stages.at(-1) ?? '';

const hasComposeBinary = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
if (!hasComposeBinary && !process.env.CI)
  console.warn(
    'compose.yaml is not checked with docker-compose: it is not installed (apt-get install docker-compose)',
  );

describe('compose.yaml', () => {
  // CI installs docker-compose (.ci/run), so there this never skips.
  it.skipIf(!hasComposeBinary && !process.env.CI)('is valid for docker-compose 1.29', () => {
    const result = spawnSync('docker-compose', ['-f', 'compose.yaml', 'config', '-q'], {
      cwd: root,
      env: { ...process.env, TIMANTTI_DB_PASSWORD: 'checkonly' },
      encoding: 'utf8',
    });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs two api,collab instances and a worker on one data volume, nginx on the tested template', () => {
    expect(compose.match(/TIMANTTI_ROLES: api,collab$/gm)).toHaveLength(2);
    expect(compose.match(/TIMANTTI_ROLES: worker$/gm)).toHaveLength(1);
    expect(compose).toMatch(/^ {4}- data:\/var\/lib\/timantti$/m);
    const template = path.relative(root, NGINX_TEMPLATE);
    expect(compose).toContain(`./${template}:/etc/nginx/templates/default.conf.template`);
    // What compose gives the template is what it names, nothing left unfilled.
    const value = (name: string) =>
      new RegExp(`^ +${name}: '([^']*)'$`, 'm').exec(compose)?.[1] ?? '';
    const filled = renderTemplate(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), {
      TIMANTTI_UPSTREAM_SERVERS: value('TIMANTTI_UPSTREAM_SERVERS'),
      TIMANTTI_LISTEN: value('TIMANTTI_LISTEN'),
    });
    expect(filled).toContain('server app-1:3000; server app-2:3000;');
    expect(filled).toContain('listen 80;');
  });
});

describe('Dockerfile', () => {
  const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  }).split('\n');

  it('copies only sources that exist in the repository', () => {
    const sources = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1))
      .filter((word) => !word.startsWith('--'));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      const found = tracked.some((file) => file === source || file.startsWith(`${source}/`));
      expect(found, `COPY ${source}: not a file or folder of the repository`).toBe(true);
    }
  });

  it('starts the script the load-balancer test starts its instances with', () => {
    const workdir = /^WORKDIR (\S+)$/m.exec(runtime)?.[1] ?? '';
    const command = /^CMD \["([^"]+)"\]$/m.exec(runtime)?.[1] ?? '';
    expect(command.startsWith(`${workdir}/`)).toBe(true);
    const script = path.join(root, path.relative(workdir, command));
    expect(script).toBe(SERVE_SCRIPT);
    expect(fs.statSync(script).mode & 0o111).not.toBe(0);
    expect(runtime).toContain(`COPY ${path.relative(root, script)} `);
  });

  it('runs as another user than root on the pinned Node, with Voikko and Chromium', () => {
    const pinned = (
      JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies.node;
    expect(dockerfile).toContain(`ARG NODE_IMAGE=node:${pinned}-`);
    expect(stages).toHaveLength(2);
    const user = /^USER (\S+)$/m.exec(runtime)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    for (const pkg of ['libvoikko1', 'voikko-fi', 'chromium'])
      expect(runtime).toMatch(new RegExp(`apt-get install [^\\n]*\\b${pkg}\\b`));
    expect(runtime).toContain('npm ci --omit=dev');
  });
});

describe("the image's dependencies", () => {
  const manifest = (dir: string) =>
    JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
    };
  // What `npm ci --omit=dev --workspace @timantti/server` installs the server and the
  // workspaces it imports with; a development dependency there would be missing in the image.
  const runtimeWorkspaces = ['apps/server', 'packages/contracts', 'packages/i18n'];

  it('covers every package the server imports at run time', () => {
    const server = manifest('apps/server');
    const workspaceNames = new Set(runtimeWorkspaces.map((dir) => manifest(dir).name));
    for (const name of workspaceNames)
      if (name !== server.name) expect(Object.keys(server.dependencies ?? {})).toContain(name);
    const missing: string[] = [];
    for (const dir of runtimeWorkspaces) {
      const allowed = new Set([
        ...workspaceNames,
        ...Object.keys(manifest(dir).dependencies ?? {}),
      ]);
      const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', `${dir}/src`], {
        cwd: root,
        encoding: 'utf8',
      })
        .split('\n')
        .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
      for (const file of files) {
        const source = fs.readFileSync(path.join(root, file), 'utf8');
        for (const { fileName: spec } of ts.preProcessFile(source, true, true).importedFiles) {
          if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec))
            continue;
          const name = spec.startsWith('@')
            ? spec.split('/').slice(0, 2).join('/')
            : (spec.split('/')[0] ?? spec);
          if (!allowed.has(name)) missing.push(`${file}: ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
