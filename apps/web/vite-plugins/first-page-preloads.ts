import type { Plugin } from 'vite';

/**
 * Hints in index.html for what every first page waits for after its scripts: the signed-in
 * user (`/api/v1/auth/me`, which the API client then reads from the preload) and the frame's
 * messages in Finnish, the default language. Fetched beside the scripts, they cost no round
 * trip of their own; a visitor in another language loads theirs when the scripts run.
 */
export function firstPagePreloads(): Plugin {
  return {
    name: 'timantti:first-page-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const messages = Object.values(bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' &&
            output.facadeModuleId?.replaceAll('\\', '/').endsWith('catalogs/fi/shell.ts'),
        );
        if (!messages) throw new Error('no chunk for the Finnish messages of the frame');
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: '/api/v1/auth/me', as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          },
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${messages.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
