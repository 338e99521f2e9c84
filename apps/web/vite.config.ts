import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstPagePreloads } from './vite-plugins/first-page-preloads.ts';
import { precompress } from './vite-plugins/precompress.ts';
import { suomifiTokens } from './vite-plugins/suomifi-tokens.ts';

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), suomifiTokens(), firstPagePreloads(), precompress()],
  build: {
    outDir: 'dist',
    manifest: true,
    emptyOutDir: true,
    // The Content-Security-Policy allows scripts from our own origin only.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        // Only those of every page are grouped; the others go with the pages that use them, so
        // the sign-in page loads no Yjs, editor or schemas.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
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
