import { randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import {
  loginAccountFailures,
  loginAttempts,
  loginKnownClients,
  serverSecrets,
} from '../../db/schema.ts';
import type { AccountCounter, AddressCounter } from './login-limits.ts';

// The first key of PostgreSQL's two-key advisory locks, naming sign-in's own lock space.
const LOGIN_LOCK_SPACE = 0x4c4f47; // "LOG"

/**
 * Holds, until the transaction ends, the lock on one account's sign-in counters. Every attempt
 * on an account reads and writes its counters under it, so parallel attempts, on this instance
 * or another, are counted one after another.
 */
export async function lockLoginAccount(tx: Queryable, lockId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LOGIN_LOCK_SPACE}, ${lockId})`);
}

export async function findAddressCounter(
  db: Queryable,
  key: string,
): Promise<AddressCounter | null> {
  const [row] = await db
    .select({ failures: loginAttempts.failures, windowStart: loginAttempts.windowStart })
    .from(loginAttempts)
    .where(eq(loginAttempts.key, key));
  return row ?? null;
}

export async function saveAddressCounter(
  db: Queryable,
  key: string,
  counter: AddressCounter,
): Promise<void> {
  await db
    .insert(loginAttempts)
    .values({ key, ...counter })
    .onConflictDoUpdate({ target: loginAttempts.key, set: counter });
}

export async function deleteAddressCounter(db: Queryable, key: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}

export async function findAccountCounter(
  db: Queryable,
  key: string,
): Promise<AccountCounter | null> {
  const [row] = await db
    .select({
      failures: loginAccountFailures.failures,
      lastFailureAt: loginAccountFailures.lastFailureAt,
    })
    .from(loginAccountFailures)
    .where(eq(loginAccountFailures.key, key));
  return row ?? null;
}

export async function saveAccountCounter(
  db: Queryable,
  key: string,
  counter: AccountCounter,
): Promise<void> {
  await db
    .insert(loginAccountFailures)
    .values({ key, ...counter })
    .onConflictDoUpdate({ target: loginAccountFailures.key, set: counter });
}

/** Whether any of these clients signed in to the account after `since`. */
export async function isKnownClient(db: Queryable, keys: string[], since: Date): Promise<boolean> {
  const rows = await db
    .select({ key: loginKnownClients.key })
    .from(loginKnownClients)
    .where(and(inArray(loginKnownClients.key, keys), gt(loginKnownClients.lastSuccessAt, since)))
    .limit(1);
  return rows.length > 0;
}

export async function rememberKnownClients(db: Queryable, keys: string[], at: Date): Promise<void> {
  await db
    .insert(loginKnownClients)
    .values(keys.map((key) => ({ key, lastSuccessAt: at })))
    .onConflictDoUpdate({ target: loginKnownClients.key, set: { lastSuccessAt: at } });
}

/** Forgets counters and known clients too old to matter, so the tables stay small. */
export async function deleteStaleLoginRecords(
  db: Queryable,
  before: { attempts: Date; accountFailures: Date; knownClients: Date },
): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.windowStart, before.attempts));
  await db
    .delete(loginAccountFailures)
    .where(lt(loginAccountFailures.lastFailureAt, before.accountFailures));
  await db
    .delete(loginKnownClients)
    .where(lt(loginKnownClients.lastSuccessAt, before.knownClients));
}

/** The installation's secret for sign-in keys, made on first use. */
export async function loginSecret(db: Queryable): Promise<Buffer> {
  await db
    .insert(serverSecrets)
    .values({ name: 'login-throttle', value: randomBytes(32) })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: serverSecrets.value })
    .from(serverSecrets)
    .where(eq(serverSecrets.name, 'login-throttle'));
  if (!row) throw new Error('login-throttle secret missing');
  return row.value;
}
