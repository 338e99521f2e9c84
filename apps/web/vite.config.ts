import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-plugins/precompress.ts';
import { suomifiTokens } from './vite-plugins/suomifi-tokens.ts';

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), suomifiTokens(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The Content-Security-Policy allows scripts from our own origin only.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'react-aria',
              test: /node_modules[\\/](react-aria|react-stately|@react-aria|@react-stately|@react-types|@internationalized|@swc)/,
            },
            // The note editor (ProseMirror) stays out: only the pages with notes load it.
            {
              name: 'vendor',
              test: /node_modules[\\/](?!@tiptap|prosemirror-|orderedmap|rope-sequence|w3c-keyname|linkifyjs)/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
