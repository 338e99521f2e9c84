import { execFileSync } from 'node:child_process';
import { createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import Provider, { type Configuration } from 'oidc-provider';

/*
 * A real OpenID Connect provider for tests: the `oidc-provider` package, in this process, over
 * HTTPS with a certificate from a CA made for the run (openssl). The server under test is given
 * the CA through NODE_EXTRA_CA_CERTS, exactly as an installation behind a private CA would be,
 * so no switch for insecure issuers exists anywhere. Its development sign-in form takes any
 * login name, which is the account's subject.
 */

export type TestAccount = {
  email?: string;
  emailVerified: boolean;
  name: string;
};

export type TestClient = { id: string; secret: string };

export type TestProvider = {
  issuer: string;
  /** The CA's certificate file, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  ca: Buffer;
  /** Our server's client, and another application's at the same provider. */
  clients: { ours: TestClient; other: TestClient };
  /** The people at the provider, by subject; tests change their addresses between sign-ins. */
  accounts: Map<string, TestAccount>;
  /** How many times a client has exchanged a code at the token endpoint. */
  tokenRequests: () => number;
  /** Re-signs, with the provider's own key, the next ID token it issues, changed by `change`. */
  tamperNextIdToken: (change: (claims: Record<string, unknown>) => Record<string, unknown>) => void;
  stop: () => Promise<void>;
};

function makeCertificates(dir: string) {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run(
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=Test CA'],
    ...['-addext', 'basicConstraints=critical,CA:TRUE', '-keyout', 'ca.key', '-out', 'ca.pem'],
  );
  run(
    ...['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost'],
    ...['-keyout', 'server.key', '-out', 'server.csr'],
  );
  fs.writeFileSync(
    path.join(dir, 'san.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
  );
  run(
    ...['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key'],
    ...['-CAcreateserial', '-days', '2', '-extfile', 'san.ext', '-out', 'server.pem'],
  );
  return {
    caFile: path.join(dir, 'ca.pem'),
    key: fs.readFileSync(path.join(dir, 'server.key')),
    cert: fs.readFileSync(path.join(dir, 'server.pem')),
  };
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export async function startTestProvider(options: {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}): Promise<TestProvider> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timantti-oidc-'));
  const { caFile, key, cert } = makeCertificates(dir);
  const server = https.createServer({ key, cert });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const issuer = `https://localhost:${address.port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256' };
  const accounts = new Map<string, TestAccount>();
  const clients = {
    ours: { id: 'timantti', secret: randomBytes(16).toString('hex') },
    other: { id: 'other-app', secret: randomBytes(16).toString('hex') },
  };
  const clientMetadata = (client: TestClient) => ({
    client_id: client.id,
    client_secret: client.secret,
    redirect_uris: options.redirectUris,
    post_logout_redirect_uris: options.postLogoutRedirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code' as const],
  });

  const configuration: Configuration = {
    clients: [clientMetadata(clients.ours), clientMetadata(clients.other)],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    // The person consented at their organisation's provider once and for all.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          ...(account.email === undefined
            ? {}
            : { email: account.email, email_verified: account.emailVerified }),
          name: account.name,
        }),
      };
    },
  };
  const provider = new Provider(issuer, configuration);

  let tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | null = null;
  let tokenRequests = 0;
  provider.use(async (ctx, next) => {
    if (ctx.path === '/token') tokenRequests += 1;
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (!tamper || ctx.path !== '/token' || typeof body?.id_token !== 'string') return;
    const [header, payload] = body.id_token.split('.');
    const claims = tamper(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()));
    tamper = null;
    const signed = `${header}.${base64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(signed).sign(privateKey);
    ctx.body = { ...body, id_token: `${signed}.${base64url(signature)}` };
  });
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));

  return {
    issuer,
    caFile,
    ca: fs.readFileSync(caFile),
    clients,
    accounts,
    tokenRequests: () => tokenRequests,
    tamperNextIdToken: (change) => {
      tamper = change;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One browser's cookies for one site: enough for a provider's and our own. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();
  store(setCookie: string[] | string | undefined) {
    for (const line of [setCookie ?? []].flat()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 1) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }
  get(name: string) {
    return this.#cookies.get(name);
  }
  set(name: string, value: string) {
    this.#cookies.set(name, value);
  }
  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export type Answer = { status: number; location: string | undefined; body: string };

/** A request as a browser sends it, without following redirects; HTTPS trusts `ca`. */
export function send(
  url: string,
  options: {
    jar?: CookieJar;
    ca?: Buffer;
    method?: string;
    form?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const target = new URL(url);
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  const headers: Record<string, string> = {
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    'accept-language': 'en',
    ...options.headers,
  };
  const cookie = options.jar?.header();
  if (cookie) headers.cookie = cookie;
  if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
  return new Promise((resolve, reject) => {
    const request = (target.protocol === 'https:' ? https : http).request(
      target,
      { method: options.method ?? (body ? 'POST' : 'GET'), headers, ca: options.ca },
      (response) => {
        options.jar?.store(response.headers['set-cookie']);
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location
              ? new URL(response.headers.location, target).href
              : undefined,
            body: text,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Signs `login` in at the provider from its authorization URL, as a person at its form would,
 * and returns the address the provider sends the browser back to (our callback, with a code).
 */
export async function signInAtProvider(
  provider: TestProvider,
  authorizationUrl: string,
  login: string,
  jar = new CookieJar(),
): Promise<string> {
  let answer = await send(authorizationUrl, { jar, ca: provider.ca });
  let interaction: string | undefined;
  for (let hop = 0; hop < 10; hop++) {
    const next = answer.location;
    if (!next) throw new Error(`the provider answered ${answer.status}: ${answer.body}`);
    if (!next.startsWith(provider.issuer)) return next;
    if (/\/interaction\/[^/]+$/.test(new URL(next).pathname) && next !== interaction) {
      interaction = next;
      await send(next, { jar, ca: provider.ca });
      answer = await send(next, {
        jar,
        ca: provider.ca,
        form: { prompt: 'login', login, password: 'any' },
      });
    } else {
      answer = await send(next, { jar, ca: provider.ca });
    }
  }
  throw new Error('the provider never sent the browser back');
}
