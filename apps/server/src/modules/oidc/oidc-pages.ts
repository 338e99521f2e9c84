import { translate, type LocaleCode } from '@timantti/i18n';
import { html, trusted } from '../feedback-forms/public/html.ts';
import type { OidcFailure } from './oidc-flow.ts';

// The browser lands here from the provider, outside the web app, so the page is complete in
// itself: one request, no script, the style inline.
const STYLE = `
body{margin:0;font-family:"Source Sans Pro",system-ui,sans-serif;font-size:1.125rem;line-height:1.5;color:#1f2328;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
a{color:#00347a}
a:focus{outline:3px solid #1a5ba6;outline-offset:2px}
`;

export const failureStatus: Record<OidcFailure, number> = {
  unknown_provider: 404,
  provider_unavailable: 502,
  state_mismatch: 400,
  expired: 400,
  denied: 400,
  invalid_token: 400,
  email_unverified: 403,
  invitation_needed: 403,
};

/** Why signing in through the provider did not work, and the way back to the sign-in page. */
export function failurePage(lang: LocaleCode, reason: OidcFailure): string {
  const title = translate(lang, 'auth.sso.failedTitle');
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title} – Timantti</title>
        <style>
          ${trusted(STYLE)}
        </style>
      </head>
      <body>
        <main id="main">
          <h1>${title}</h1>
          <p data-reason="${reason}">${translate(lang, `auth.sso.failed.${reason}`)}</p>
          <p><a href="/login">${translate(lang, 'auth.sso.backToLogin')}</a></p>
        </main>
      </body>
    </html>`.value;
}
