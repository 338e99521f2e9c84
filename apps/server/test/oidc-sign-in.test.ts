import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signInWithProvider } from '../src/modules/oidc/commands/sign-in-with-provider.ts';
import type { OidcProvider } from '../src/modules/oidc/oidc-config.ts';
import { adminOfNewOrganisation, startTestApp } from './harness.ts';

// The command behind a provider's callback, without the provider: what a validated ID token
// says is given as it is.
const app = await startTestApp();
const { db, pool } = app.database;

describe('a first sign-in through a provider', () => {
  it('made twice at once links one identity to one account', async () => {
    const { org } = await adminOfNewOrganisation(app);
    const provider: OidcProvider = {
      id: `kunta-${randomUUID().slice(0, 8)}`,
      issuer: `https://login.${randomUUID()}.example`,
      clientId: 'timantti',
      clientSecret: 'secret',
      name: 'Kunnan tunnus',
      newUsers: { organisation: { id: org.id }, role: 'member' },
      invitationRequired: false,
    };
    const person = {
      issuer: provider.issuer,
      subject: randomUUID(),
      email: `uusi.${randomUUID()}@kunta.example`,
      emailVerified: true,
      name: 'Uusi Työntekijä',
    };
    const results = await Promise.all(
      Array.from({ length: 4 }, () => signInWithProvider(db, { provider, person, locale: 'fi' })),
    );
    const userIds = new Set(results.map((result) => ('userId' in result ? result.userId : null)));
    expect(userIds.size).toBe(1);
    expect(userIds.has(null)).toBe(false);
    const rows = await pool.query<{ identities: number; users: number; members: number }>(
      `select (select count(*)::int from oidc_identities where issuer = $1) as identities,
         (select count(*)::int from users where email = $2) as users,
         (select count(*)::int from memberships m join users u on u.id = m.user_id
           where u.email = $2) as members`,
      [person.issuer, person.email],
    );
    expect(rows.rows[0]).toEqual({ identities: 1, users: 1, members: 1 });
  });
});
