import path from 'node:path';
import type { Plugin } from 'vite';

/** Live documents: Yjs and Hocuspocus, and what they use. */
export const liveLibraries = /node_modules[\\/](yjs|lib0|y-[\w-]+|@hocuspocus|@lifeomic)[\\/]/;

/** The rich-text editor: Tiptap and ProseMirror, and what they use. */
export const editorLibraries =
  /node_modules[\\/](@tiptap|prosemirror-[\w-]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs|fast-equals)[\\/]/;

const reExportBarrels = /packages[\\/]contracts[\\/]src[\\/]index\.ts$/;

const collabLibraries = (id: string) => liveLibraries.test(id) || editorLibraries.test(id);

/**
 * What the chunk groups of `vite.config.ts` need to know of the module graph, filled once it is
 * complete and before chunks are made:
 * - `firstPage`: the entry and what it imports statically (the sign-in page). A group that
 *   took one of these would make the sign-in page load the whole group.
 * - `needsCollab`: the modules that import the collaboration libraries, directly or through
 *   others. A shared group that took one would make every page that loads it load those too.
 */
export const moduleGraph = { firstPage: new Set<string>(), needsCollab: new Set<string>() };

export function collectModuleGraph(): Plugin {
  return {
    name: 'timantti:module-graph',
    apply: 'build',
    buildEnd() {
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const ids = [...this.getModuleIds()];

      moduleGraph.firstPage.clear();
      const pending = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      while (pending.length > 0) {
        const id = pending.pop();
        if (id === undefined || moduleGraph.firstPage.has(id)) continue;
        moduleGraph.firstPage.add(id);
        pending.push(...imports(id));
      }

      moduleGraph.needsCollab.clear();
      const importers = new Map<string, string[]>();
      for (const id of ids) {
        for (const imported of imports(id)) {
          importers.set(imported, [...(importers.get(imported) ?? []), id]);
        }
      }
      const reached = ids.filter(collabLibraries);
      while (reached.length > 0) {
        const id = reached.pop();
        if (id === undefined || moduleGraph.needsCollab.has(id)) continue;
        moduleGraph.needsCollab.add(id);
        // Past a barrel of re-exports, such as the contracts' index, which costs an importer
        // only the modules whose exports it uses.
        if (!reExportBarrels.test(id)) reached.push(...(importers.get(id) ?? []));
      }
    },
    // Which modules each chunk holds, beside Vite's manifest: the build-output test
    // (e2e/server/first-load.test.ts) checks what the sign-in page's files contain.
    generateBundle(_options, bundle) {
      const root = `${path.resolve(import.meta.dirname, '../../..')}${path.sep}`;
      const modules: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        modules[output.fileName] = output.moduleIds.map((id) =>
          id.startsWith(root) ? id.slice(root.length).split(path.sep).join('/') : id,
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: JSON.stringify(modules, null, 1),
      });
    },
  };
}
