import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { invitations, users } from '../src/db/schema.ts';
import {
  adminOfNewOrganisation,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  TEST_PASSWORD,
} from './harness.ts';

// An installation where everyone signs in through the identity provider.
const app = await startTestApp({
  oidc: { providers: [], passwordLogin: false, publicUrl: undefined },
});

describe('with the password sign-in turned off', () => {
  it('tells the login page to show no password form', async () => {
    const methods = await call(app, null, 'GET', '/api/v1/auth/methods');
    expect(methods.json()).toEqual({ password: false, providers: [] });
  });

  it('refuses even the right password', async () => {
    const user = await buildUser(app);
    const response = await call(app, null, 'POST', '/api/v1/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'password_login_off' });
  });

  it('opens no password account through an invitation, and still lets a member accept one', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const invite = async (email: string) =>
      (
        await call(app, session, 'POST', `/api/v1/orgs/${org.id}/invitations`, {
          email,
          role: 'member',
        })
      ).json() as { id: string; token: string };

    const newcomer = await invite(`uusi-${Date.now()}@test.example`);
    const refused = await call(app, null, 'POST', `/api/v1/invitations/${newcomer.token}/accept`, {
      displayName: 'Uusi Jäsen',
      password: 'pitkä ja hyvä salasana',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'password_login_off' });
    const [open] = await app.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, newcomer.id));
    expect(open?.acceptedAt).toBeNull();
    expect(
      await app.database.db
        .select()
        .from(users)
        .where(eq(users.email, open?.email ?? '')),
    ).toEqual([]);

    // A person who already has an account (signed in through the provider) accepts as before.
    const member = await buildUser(app);
    const invited = await invite(member.email);
    const accepted = await call(
      app,
      await sessionFor(app, member.id),
      'POST',
      `/api/v1/invitations/${invited.token}/accept`,
      {},
    );
    expect(accepted.statusCode).toBe(200);
  });
});
