// Every workspace declares the packages its code imports. Hoisting makes an undeclared import
// work here by accident and break for whoever installs one workspace alone (or after another
// workspace drops the dependency): this check fails instead, naming the file and the package.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

type Manifest = {
  name?: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

const root = path.resolve(import.meta.dirname, '..');
const read = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as Manifest;
const rootManifest = read('.');
const workspaces = (rootManifest.workspaces ?? [])
  .flatMap((pattern) =>
    pattern.endsWith('/*')
      ? fs
          .readdirSync(path.join(root, pattern.slice(0, -2)))
          .map((name) => path.join(pattern.slice(0, -2), name))
      : [pattern],
  )
  .filter((dir) => fs.existsSync(path.join(root, dir, 'package.json')))
  // The longest first, so a file belongs to its innermost workspace.
  .sort((a, b) => b.length - a.length);

const declared = (manifest: Manifest) =>
  new Set([
    ...(manifest.name ? [manifest.name] : []),
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
const byWorkspace = new Map(workspaces.map((dir) => [dir, declared(read(dir))]));
const builtins = new Set(builtinModules);

const packageOf = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);

const files = execFileSync(
  'git',
  ['ls-files', '-co', '--exclude-standard', '*.ts', '*.tsx', '*.js'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((file) => file !== '' && fs.existsSync(path.join(root, file)));

const missing: string[] = [];
for (const file of files) {
  const workspace = workspaces.find((dir) => file.startsWith(`${dir}/`));
  const allowed = workspace ? byWorkspace.get(workspace) : declared(rootManifest);
  const source = fs.readFileSync(path.join(root, file), 'utf8');
  for (const { fileName: spec } of ts.preProcessFile(source, true, true).importedFiles) {
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) continue;
    if (builtins.has(spec) || spec.startsWith('virtual:')) continue;
    const name = packageOf(spec);
    if (!allowed?.has(name))
      missing.push(`${file}: imports ${name}, not declared in ${workspace ?? '.'}/package.json`);
  }
}

if (missing.length > 0) {
  console.error([...new Set(missing)].join('\n'));
  process.exit(1);
}
