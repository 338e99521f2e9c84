import type { Role } from '@timantti/contracts';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { oidcIdentities, oidcLogins, oidcProviders } from '../../db/schema.ts';
import type { ProviderName } from './oidc-config.ts';

export type StoredProviderRow = typeof oidcProviders.$inferSelect;

export async function listStoredProviders(db: Queryable): Promise<StoredProviderRow[]> {
  return db.select().from(oidcProviders).orderBy(asc(oidcProviders.id));
}

export async function upsertStoredProvider(
  db: Queryable,
  values: {
    id: string;
    issuer: string;
    clientId: string;
    clientSecret: string;
    displayName: ProviderName;
    organisationId: string | null;
    role: Role;
    invitationRequired: boolean;
  },
) {
  await db
    .insert(oidcProviders)
    .values(values)
    .onConflictDoUpdate({ target: oidcProviders.id, set: values });
}

export async function deleteStoredProvider(db: Queryable, id: string): Promise<boolean> {
  const deleted = await db
    .delete(oidcProviders)
    .where(eq(oidcProviders.id, id))
    .returning({ id: oidcProviders.id });
  return deleted.length > 0;
}

/**
 * Serialises first sign-ins of one person until the transaction ends — by their identity at
 * the provider, then by the address an account would be made for — so two at once (a double
 * click, two tabs) make one link and one account; the second finds what the first made.
 */
export async function lockSignIn(tx: Tx, key: { issuer: string; subject: string } | string) {
  const name =
    typeof key === 'string' ? `oidc-email:${key}` : `oidc-identity:${key.issuer}\n${key.subject}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
}

export async function findIdentity(db: Queryable, issuer: string, subject: string) {
  const [row] = await db
    .select({ id: oidcIdentities.id, userId: oidcIdentities.userId })
    .from(oidcIdentities)
    .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject)))
    .limit(1);
  return row ?? null;
}

export async function insertIdentity(
  db: Queryable,
  values: { userId: string; issuer: string; subject: string; providerId: string },
): Promise<string> {
  const [row] = await db.insert(oidcIdentities).values(values).returning({ id: oidcIdentities.id });
  if (!row) throw new Error('identity insert returned nothing');
  return row.id;
}

export async function touchIdentity(db: Queryable, identityId: string) {
  await db
    .update(oidcIdentities)
    .set({ lastLoginAt: new Date() })
    .where(eq(oidcIdentities.id, identityId));
}

/** Deletes the person's link; answers the provider it was made through, or null if none. */
export async function deleteIdentity(
  db: Queryable,
  input: { identityId: string; userId: string },
): Promise<string | null> {
  const [deleted] = await db
    .delete(oidcIdentities)
    .where(and(eq(oidcIdentities.id, input.identityId), eq(oidcIdentities.userId, input.userId)))
    .returning({ providerId: oidcIdentities.providerId });
  return deleted?.providerId ?? null;
}

export async function insertLogin(db: Queryable, values: typeof oidcLogins.$inferInsert) {
  // Abandoned sign-ins are cleared by the next one, so the table stays small without a job.
  await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, new Date()));
  await db.insert(oidcLogins).values(values);
}

/** Takes a sign-in under way, once: a second callback with the same state finds nothing. */
export async function takeLogin(db: Queryable, stateHash: Buffer) {
  const [row] = await db
    .delete(oidcLogins)
    .where(and(eq(oidcLogins.stateHash, stateHash), gt(oidcLogins.expiresAt, new Date())))
    .returning();
  return row ?? null;
}
