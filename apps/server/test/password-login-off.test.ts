import { describe, expect, it } from 'vitest';
import { buildUser, call, startTestApp, TEST_PASSWORD } from './harness.ts';

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
});
