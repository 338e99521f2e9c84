import { createHmac, randomBytes } from 'node:crypto';
import { inArray, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { loginAttempts, serverSecrets } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so the limit holds
 * across every instance of the server. Keys are HMACs under a per-installation secret: the
 * table never holds an e-mail address or an IP address.
 */
export class LoginThrottle {
  private secret: Promise<Buffer> | undefined;
  private readonly db: Queryable;

  constructor(db: Queryable) {
    this.db = db;
  }

  private async key(kind: 'account' | 'address', value: string): Promise<string> {
    this.secret ??= loadSecret(this.db);
    return `${kind}:${createHmac('sha256', await this.secret)
      .update(value)
      .digest('base64url')}`;
  }

  private async keys(email: string, address: string) {
    return {
      account: await this.key('account', email),
      address: await this.key('address', address),
    };
  }

  /** Throws `too_many_attempts` when either the account or the address is over its limit. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const keys = await this.keys(email, address);
    const since = new Date(Date.now() - WINDOW_MS);
    const rows = await this.db
      .select()
      .from(loginAttempts)
      .where(inArray(loginAttempts.key, [keys.account, keys.address]));
    for (const row of rows) {
      if (row.windowStart < since) continue;
      const limit = row.key === keys.account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
      if (row.failures >= limit) {
        const minutes = Math.max(
          1,
          Math.ceil((row.windowStart.getTime() + WINDOW_MS - Date.now()) / 60_000),
        );
        throw new AppError('too_many_attempts', { params: { minutes } });
      }
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const keys = await this.keys(email, address);
    const windowStart = new Date();
    const stale = new Date(Date.now() - WINDOW_MS);
    for (const key of [keys.account, keys.address]) {
      await this.db
        .insert(loginAttempts)
        .values({ key, windowStart, failures: 1 })
        .onConflictDoUpdate({
          target: loginAttempts.key,
          set: {
            failures: sql`case when ${loginAttempts.windowStart} < ${stale} then 1 else ${loginAttempts.failures} + 1 end`,
            windowStart: sql`case when ${loginAttempts.windowStart} < ${stale} then ${windowStart} else ${loginAttempts.windowStart} end`,
          },
        });
    }
    await this.db.delete(loginAttempts).where(lt(loginAttempts.windowStart, stale));
  }

  async recordSuccess(email: string): Promise<void> {
    const account = await this.key('account', email);
    await this.db.delete(loginAttempts).where(inArray(loginAttempts.key, [account]));
  }
}

async function loadSecret(db: Queryable): Promise<Buffer> {
  await db
    .insert(serverSecrets)
    .values({ name: 'login-throttle', value: randomBytes(32) })
    .onConflictDoNothing();
  const rows = await db
    .select()
    .from(serverSecrets)
    .where(inArray(serverSecrets.name, ['login-throttle']));
  const row = rows[0];
  if (!row) throw new Error('login-throttle secret missing');
  return row.value;
}
