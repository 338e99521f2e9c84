import { isIPv6 } from 'node:net';

/**
 * The sign-in limits, as pure functions of the stored counters, so the schedule can be read and
 * tested apart from the locking that applies it (login-throttle.ts).
 *
 * - Per account and address: 10 failures in a 15-minute window, then every attempt from that
 *   address to that account is refused until the window ends, the right password included.
 *   Whoever fails there shuts out only themselves.
 * - Per account, from anywhere: after 20 failures each further attempt must wait a delay since the
 *   last failure that doubles from 30 s up to 15 min. It never becomes a lock: one attempt per
 *   15 minutes always gets through, and 24 hours without a failure forget the count. Being
 *   above the per-address limit, it is never reached from one address in one window.
 * - An address or device that signed in to the account in the last 30 days skips the account's
 *   delay, so an attack from elsewhere does not keep the owner out.
 */

export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ADDRESS = 10;

export const ACCOUNT_FREE_FAILURES = 20;
export const ACCOUNT_FIRST_DELAY_MS = 30 * 1000;
export const ACCOUNT_MAX_DELAY_MS = 15 * 60 * 1000;
export const ACCOUNT_MEMORY_MS = 24 * 60 * 60 * 1000;

export const KNOWN_CLIENT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The address an attempt counts under. A host given IPv6 holds a whole /64 and may use any
 * address in it, so a /64 counts as one address; an IPv4 address seen through an IPv6 socket
 * counts as itself.
 */
export function addressOf(ip: string): string {
  if (!isIPv6(ip)) return ip;
  const bare = ip.split('%')[0] ?? ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1]) return mapped[1];
  const groups = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const [head = '', tail] = bare.split('::');
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const prefix = all.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16));
  return `${prefix.join(':')}::/64`;
}

/** Failures of one account from one address since `windowStart`. */
export type AddressCounter = { failures: number; windowStart: Date };
/** Failures of one account from anywhere, the last at `lastFailureAt`. */
export type AccountCounter = { failures: number; lastFailureAt: Date };

/** How long after its last failure an account with this many failures takes the next attempt. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  // Capping the exponent first keeps the power finite however many failures are counted.
  const doublings = Math.min(failures - ACCOUNT_FREE_FAILURES, 32);
  return Math.min(ACCOUNT_MAX_DELAY_MS, ACCOUNT_FIRST_DELAY_MS * 2 ** doublings);
}

const addressCurrent = (counter: AddressCounter | null, now: Date): AddressCounter | null =>
  counter && now.getTime() - counter.windowStart.getTime() < ADDRESS_WINDOW_MS ? counter : null;

const accountCurrent = (counter: AccountCounter | null, now: Date): AccountCounter | null =>
  counter && now.getTime() - counter.lastFailureAt.getTime() < ACCOUNT_MEMORY_MS ? counter : null;

export type LoginAttemptVerdict =
  | { allowed: true; address: AddressCounter; account: AccountCounter }
  | { allowed: false; retryAfterMs: number };

/**
 * Whether an attempt may go on to the password check and, if so, the counters with the attempt
 * already counted as a failure: counting before the slow check is what stops parallel attempts
 * from all passing it. A refused attempt changes nothing, so hammering never extends a limit.
 */
export function judgeLoginAttempt(input: {
  address: AddressCounter | null;
  account: AccountCounter | null;
  knownClient: boolean;
  now: Date;
}): LoginAttemptVerdict {
  const { now, knownClient } = input;
  const address = addressCurrent(input.address, now);
  const account = accountCurrent(input.account, now);
  const waits: number[] = [];
  if (address && address.failures >= MAX_FAILURES_PER_ADDRESS) {
    waits.push(address.windowStart.getTime() + ADDRESS_WINDOW_MS - now.getTime());
  }
  if (account && !knownClient) {
    waits.push(account.lastFailureAt.getTime() + accountDelayMs(account.failures) - now.getTime());
  }
  const retryAfterMs = Math.max(0, ...waits);
  if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
  return {
    allowed: true,
    address: address
      ? { failures: address.failures + 1, windowStart: address.windowStart }
      : { failures: 1, windowStart: now },
    account: { failures: (account?.failures ?? 0) + 1, lastFailureAt: now },
  };
}

/** The account's counter once an attempt counted in advance turned out to be the right password. */
export function releaseAccountFailure(counter: AccountCounter): AccountCounter {
  return { ...counter, failures: Math.max(0, counter.failures - 1) };
}
