import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import {
  collectModuleGraph,
  editorLibraries,
  liveLibraries,
  moduleGraph,
} from './vite-plugins/module-graph.ts';
import { firstPagePreloads } from './vite-plugins/first-page-preloads.ts';
import { precompress } from './vite-plugins/precompress.ts';
import { suomifiTokens } from './vite-plugins/suomifi-tokens.ts';

const apiServer = 'http://127.0.0.1:3000';

/** A chunk group's test that leaves the first page's modules in the entry chunk. */
function notFirstPage(test: RegExp) {
  return (id: string) => !moduleGraph.firstPage.has(id) && test.test(id);
}

/** For a group shared by many pages: nor what needs the collaboration libraries. */
function sharedApp(test: RegExp) {
  return (id: string) =>
    !moduleGraph.firstPage.has(id) && !moduleGraph.needsCollab.has(id) && test.test(id);
}

export default defineConfig({
  plugins: [react(), suomifiTokens(), collectModuleGraph(), firstPagePreloads(), precompress()],
  build: {
    outDir: 'dist',
    manifest: true,
    emptyOutDir: true,
    // The Content-Security-Policy allows scripts from our own origin only.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        // Those of every page (React, TanStack) load with the entry. The others are grouped by
        // what needs them, so that a signed-in page loads its own file and a few shared ones
        // rather than dozens of small files, each a round trip on a slow connection: React
        // Aria's controls, the contracts' schemas (zod), live documents (Yjs, Hocuspocus) and the
        // editor (Tiptap, ProseMirror): two groups, as a board has no editor and a session
        // no live document; only the pages with them load them. The app's
        // modules that several pages share form one more; those of one page stay in its file.
        // None takes a module of the entry (`moduleGraph.firstPage`): the sign-in page loads none
        // of these groups.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            {
              // The entry's modules that other chunks use too, in one file rather than several.
              name: 'first-page',
              minShareCount: 2,
              test: (id) => moduleGraph.firstPage.has(id) && /[\\/](apps|packages)[\\/]/.test(id),
            },
            { name: 'live', test: notFirstPage(liveLibraries) },
            { name: 'editor', test: notFirstPage(editorLibraries) },
            {
              name: 'aria',
              test: notFirstPage(
                /node_modules[\\/](react-aria|react-aria-components|react-stately|@react-aria|@react-stately|@react-types|@internationalized|@swc|clsx|client-only)[\\/]/,
              ),
            },
            {
              name: 'schemas',
              test: sharedApp(/node_modules[\\/]zod[\\/]|packages[\\/]contracts[\\/]/),
            },
            {
              name: 'app',
              minShareCount: 2,
              // Not the modules they import from the entry, nor from another page's file.
              includeDependenciesRecursively: false,
              test: sharedApp(
                /[\\/]apps[\\/]web[\\/]src[\\/]|packages[\\/]i18n[\\/]src[\\/](?!catalogs)/,
              ),
            },
          ],
        },
      },
    },
  },
  server: {
    // Objects, not target strings: Vite gives a string target the API server's Host header,
    // and the server's Origin check would then refuse every write the page makes. The Host
    // stays the page's, so the server sees the origin the browser addressed.
    proxy: {
      '/api': { target: apiServer },
      '/healthz': { target: apiServer },
      '/readyz': { target: apiServer },
      // Live boards and journey maps.
      '/collab': { target: apiServer, ws: true },
    },
  },
});
