import { createHmac } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import {
  ACCOUNT_MEMORY_MS,
  addressOf,
  ADDRESS_WINDOW_MS,
  judgeLoginAttempt,
  KNOWN_CLIENT_MS,
  releaseAccountFailure,
} from './login-limits.ts';
import {
  deleteAddressCounter,
  deleteStaleLoginRecords,
  findAccountCounter,
  findAddressCounter,
  isKnownClient,
  lockLoginAccount,
  loginSecret,
  rememberKnownClients,
  saveAccountCounter,
  saveAddressCounter,
} from './login-limits.repo.ts';

/** Who is trying to sign in: the e-mail typed, the client's address and its device token. */
export type LoginClient = { email: string; address: string; deviceToken: string | null };

export type LoginKeys = {
  lockId: number;
  account: string;
  address: string;
  knownAddress: string;
  knownDevice: string | null;
};

/**
 * Applies the sign-in limits of login-limits.ts, in PostgreSQL so they hold across every
 * instance. An attempt is judged and counted as a failure under the account's lock before the
 * password is checked, and given back if the password was right.
 */
export class LoginThrottle {
  private secret: Promise<Buffer> | undefined;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  private async digest(...parts: string[]): Promise<Buffer> {
    // A failed load is not kept, so a database that was briefly away does not disable sign-in.
    this.secret ??= loginSecret(this.db).catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return createHmac('sha256', await this.secret)
      .update(parts.join('\0'))
      .digest();
  }

  /** The keys of a client's rows: HMACs, so no table holds an e-mail or an IP address. */
  async keys(client: LoginClient): Promise<LoginKeys> {
    const address = addressOf(client.address);
    const account = await this.digest('account', client.email);
    const key = async (...parts: string[]) => (await this.digest(...parts)).toString('base64url');
    return {
      lockId: account.readInt32BE(0),
      account: account.toString('base64url'),
      address: await key('address', client.email, address),
      knownAddress: await key('known-address', client.email, address),
      knownDevice: client.deviceToken
        ? await key('known-device', client.email, client.deviceToken)
        : null,
    };
  }

  /** Counts the attempt in advance, or says how long to wait when a limit is reached. */
  async reserve(
    client: LoginClient,
  ): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }> {
    const keys = await this.keys(client);
    const now = new Date();
    const knownClient = await isKnownClient(
      this.db,
      [keys.knownAddress, ...(keys.knownDevice ? [keys.knownDevice] : [])],
      new Date(now.getTime() - KNOWN_CLIENT_MS),
    );
    return this.db.transaction(async (tx) => {
      await lockLoginAccount(tx, keys.lockId);
      const verdict = judgeLoginAttempt({
        address: await findAddressCounter(tx, keys.address),
        account: await findAccountCounter(tx, keys.account),
        knownClient,
        now,
      });
      if (!verdict.allowed) return verdict;
      await saveAddressCounter(tx, keys.address, verdict.address);
      await saveAccountCounter(tx, keys.account, verdict.account);
      return { allowed: true };
    });
  }

  /**
   * The password was right: the attempt counted in advance is given back, the address starts
   * afresh, and the address and device are remembered as the account's own.
   */
  async succeeded(client: LoginClient & { deviceToken: string }): Promise<void> {
    const keys = await this.keys(client);
    await this.db.transaction(async (tx) => {
      await lockLoginAccount(tx, keys.lockId);
      await deleteAddressCounter(tx, keys.address);
      const account = await findAccountCounter(tx, keys.account);
      if (account) await saveAccountCounter(tx, keys.account, releaseAccountFailure(account));
    });
    await rememberKnownClients(
      this.db,
      [keys.knownAddress, ...(keys.knownDevice ? [keys.knownDevice] : [])],
      new Date(),
    );
  }

  /** The password was wrong: the attempt stays counted; old rows are cleared meanwhile. */
  async failed(): Promise<void> {
    const now = Date.now();
    await deleteStaleLoginRecords(this.db, {
      attempts: new Date(now - ADDRESS_WINDOW_MS),
      accountFailures: new Date(now - ACCOUNT_MEMORY_MS),
      knownClients: new Date(now - KNOWN_CLIENT_MS),
    });
  }
}

/** The refusal of a limited attempt; the caller sends `Retry-After` with it. */
export function tooManyAttempts(retryAfterMs: number): AppError {
  return new AppError('too_many_attempts', {
    params: { minutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) },
  });
}
