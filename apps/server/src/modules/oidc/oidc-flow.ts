import { timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import type { Db } from '../../db/client.ts';
import { hashToken } from '../auth/sessions.repo.ts';
import { callbackPath, type OidcProvider } from './oidc-config.ts';
import type { OidcProviders } from './oidc-providers.ts';
import { insertLogin, takeLogin } from './oidc.repo.ts';
import type { VerifiedPerson } from './commands/sign-in-with-provider.ts';

// Long enough to type a password and answer a second factor at the provider.
const LOGIN_LIFETIME_MS = 10 * 60 * 1000;

/** Why a sign-in through a provider stopped; each has its own page (oidc-pages.ts). */
export type OidcFailure =
  | 'unknown_provider'
  | 'provider_unavailable'
  | 'state_mismatch'
  | 'expired'
  | 'denied'
  | 'invalid_token'
  | 'email_unverified'
  | 'invitation_needed';

export class OidcRefusal extends Error {
  readonly reason: OidcFailure;
  /** The library's error code, for the log: a constant, never a token or a claim. */
  readonly detail: string | undefined;
  constructor(reason: OidcFailure, detail?: string) {
    super(reason);
    this.reason = reason;
    this.detail = detail;
  }
}

/** Only a path on this site: anything else would make the sign-in an open redirect. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/';
  return value.slice(0, 2000);
}

function classify(error: unknown): OidcRefusal {
  if (error instanceof OidcRefusal) return error;
  if (error instanceof client.AuthorizationResponseError)
    return new OidcRefusal(
      error.error === 'access_denied' ? 'denied' : 'invalid_token',
      `authorization_${error.error}`,
    );
  if (error instanceof client.ResponseBodyError)
    return new OidcRefusal(
      error.error === 'invalid_grant' ? 'expired' : 'invalid_token',
      `token_${error.error}`,
    );
  if (error instanceof client.ClientError)
    return new OidcRefusal(
      error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' ? 'provider_unavailable' : 'invalid_token',
      error.code,
    );
  // fetch failed (refused, TLS, DNS) or timed out.
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError'))
    return new OidcRefusal('provider_unavailable', error.name);
  return new OidcRefusal('provider_unavailable', error instanceof Error ? error.name : undefined);
}

async function configurationOf(providers: OidcProviders, provider: OidcProvider) {
  try {
    return await providers.configuration(provider);
  } catch (error) {
    throw classify(error);
  }
}

/**
 * Sends the browser to the provider: a fresh state (also kept in the browser's cookie, so the
 * callback must come back to the browser that set out), a nonce and a PKCE verifier.
 */
export async function startProviderSignIn(input: {
  db: Db;
  providers: OidcProviders;
  providerId: string;
  baseUrl: string;
  returnTo: string;
}): Promise<{ redirectTo: string; state: string }> {
  const provider = await input.providers.find(input.providerId);
  if (!provider) throw new OidcRefusal('unknown_provider');
  const configuration = await configurationOf(input.providers, provider);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await insertLogin(input.db, {
    stateHash: hashToken(state),
    providerId: provider.id,
    codeVerifier,
    nonce,
    returnTo: input.returnTo,
    expiresAt: new Date(Date.now() + LOGIN_LIFETIME_MS),
  });
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: new URL(callbackPath(provider.id), input.baseUrl).href,
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { redirectTo: url.href, state };
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Checks the provider's answer and exchanges its code: the state must be the browser's own
 * and unused (the sign-in row is taken, so a replayed callback finds nothing), and the ID
 * token must be signed by the issuer, for our client id, with our nonce.
 */
export async function finishProviderSignIn(input: {
  db: Db;
  providers: OidcProviders;
  providerId: string;
  baseUrl: string;
  requestUrl: string;
  state: string | undefined;
  browserState: string | undefined;
}): Promise<{ provider: OidcProvider; person: VerifiedPerson; returnTo: string }> {
  const { state, browserState } = input;
  if (!state || !browserState || !sameText(state, browserState))
    throw new OidcRefusal('state_mismatch');
  const login = await takeLogin(input.db, hashToken(state));
  if (!login || login.providerId !== input.providerId) throw new OidcRefusal('expired');
  const provider = await input.providers.find(login.providerId);
  if (!provider) throw new OidcRefusal('unknown_provider');
  const configuration = await configurationOf(input.providers, provider);
  try {
    const tokens = await client.authorizationCodeGrant(
      configuration,
      new URL(input.requestUrl, input.baseUrl),
      {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      },
    );
    const claims = tokens.claims();
    if (!claims) throw new OidcRefusal('invalid_token', 'no_id_token');
    // Providers that keep the ID token lean (as the spec asks) give the address at userinfo;
    // the library checks that its subject is the ID token's.
    const profile: Record<string, unknown> =
      claims.email === undefined && configuration.serverMetadata().userinfo_endpoint
        ? await client.fetchUserInfo(configuration, tokens.access_token, claims.sub)
        : claims;
    return {
      provider,
      returnTo: login.returnTo,
      person: {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof profile.email === 'string' ? profile.email : undefined,
        // Entra ID sends no email_verified; xms_edov (an optional claim) says the address's
        // domain is verified by the tenant that owns it.
        emailVerified: profile.email_verified === true || profile.xms_edov === true,
        name: typeof profile.name === 'string' ? profile.name : undefined,
      },
    };
  } catch (error) {
    throw classify(error);
  }
}

/** Where the browser goes to end its session at the provider too, if the provider offers it. */
export async function providerLogoutUrl(input: {
  providers: OidcProviders;
  providerId: string;
  baseUrl: string;
}): Promise<string | null> {
  const provider = await input.providers.find(input.providerId);
  if (!provider) return null;
  try {
    const configuration = await input.providers.configuration(provider);
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(configuration, {
      client_id: provider.clientId,
      post_logout_redirect_uri: new URL('/login', input.baseUrl).href,
    }).href;
  } catch {
    // The local session has ended; a provider that cannot be reached keeps its own.
    return null;
  }
}
