import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { suomifiTokens } from './vite-plugins/suomifi-tokens.ts';

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), suomifiTokens()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The Content-Security-Policy allows scripts from our own origin only.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
