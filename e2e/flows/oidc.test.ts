import fs from 'node:fs/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../../apps/server/test/oidc-provider.ts';
import { DEMO_PASSWORD, expectAccessible, launchBrowser } from '../support/browser.ts';
import { freePort, startServer, tempDataDir, type RunningServer } from '../support/server.ts';

/*
 * Single sign-on in a real browser: a server of its own (the shared one has no provider),
 * trusting the test provider's CA through NODE_EXTRA_CA_CERTS, with the demo organisation
 * taking in newcomers from the provider. Chromium is told to accept the provider's test
 * certificate; our server is not.
 */

const browser = await launchBrowser();
const port = await freePort();
const ours = `http://127.0.0.1:${port}`;
const provider: TestProvider = await startTestProvider({
  redirectUris: [`${ours}/api/v1/auth/oidc/lahti/callback`],
  postLogoutRedirectUris: [`${ours}/login`],
});

const dataDir = await tempDataDir();
const adminUrl = process.env.TEST_DATABASE_URL;
const databaseName = `timantti_e2e_oidc_${port}`;
let databaseUrl: string | undefined;
if (adminUrl) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${databaseName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
}
const server: RunningServer = await startServer({
  PORT: String(port),
  TIMANTTI_DATA_DIR: dataDir,
  TIMANTTI_DEMO: 'on',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  NODE_EXTRA_CA_CERTS: provider.caFile,
  TIMANTTI_OIDC_PROVIDERS: JSON.stringify([
    {
      id: 'lahti',
      issuer: provider.issuer,
      clientId: provider.clients.ours.id,
      clientSecret: provider.clients.ours.secret,
      name: { fi: 'Lahden tunnus', sv: 'Lahtis konto', en: 'Lahti account' },
      organisation: 'lahti',
      role: 'member',
      invitationRequired: false,
    },
  ]),
});

afterAll(async () => {
  await server.stop();
  await provider.stop();
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('single sign-on', () => {
  it('signs a newcomer in through the provider’s page into the organisation', async () => {
    provider.accounts.set('kaisa', {
      email: 'kaisa.kaupunki@lahti.example',
      emailVerified: true,
      name: 'Kaisa Kaupunki',
    });
    const context = await browser.newContext({
      baseURL: ours,
      locale: 'fi-FI',
      ignoreHTTPSErrors: true,
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    await page.goto('/login');
    const button = page.getByRole('link', { name: 'Kirjaudu: Lahden tunnus' });
    await button.waitFor();
    await page.getByLabel(/^Salasana/).waitFor();
    await expectAccessible(page, 'login with a provider button');

    await button.click();
    await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill('kaisa');
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await page.waitForURL(/\/o\/lahti\/projects/);
    await page.getByRole('heading', { level: 1, name: 'Projektit' }).waitFor();
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as {
      user: { email: string; displayName: string };
      organisations: { slug: string; role: string }[];
    };
    expect(me.user).toMatchObject({
      email: 'kaisa.kaupunki@lahti.example',
      displayName: 'Kaisa Kaupunki',
    });
    expect(me.organisations).toEqual([expect.objectContaining({ slug: 'lahti', role: 'member' })]);

    // Coming back with a stale or forged answer gives a page in the person's language.
    await page.goto('/api/v1/auth/oidc/lahti/callback?code=forged&state=forged');
    await page.getByRole('heading', { level: 1, name: 'Kirjautuminen ei onnistunut' }).waitFor();
    await expectAccessible(page, 'a refused sign-in');
    await context.close();
  });

  it('shows the administrator how each member signs in', async () => {
    const context = await browser.newContext({ baseURL: ours, locale: 'fi-FI' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel(/^Sähköpostiosoite/).fill('aino.virtanen@lahti.example');
    await page.getByLabel(/^Salasana/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.waitForURL(/\/o\/lahti\/projects/);
    await page.goto('/o/lahti/members');
    const row = page.getByRole('row', { name: /Kaisa Kaupunki/ });
    await row.getByText('Lahden tunnus').waitFor();
    await expectAccessible(page, 'members with a linked identity');

    await row.getByRole('button', { name: 'Poista liitos: Lahden tunnus, Kaisa Kaupunki' }).click();
    const dialog = page.getByRole('alertdialog', { name: /Poistetaanko tunnistuspalvelun/ });
    await expectAccessible(page, 'unlink dialog');
    await dialog.getByRole('button', { name: 'Poista liitos' }).click();
    await row.getByText('Ei kirjautumistapaa').waitFor();
    await context.close();
  });
});
