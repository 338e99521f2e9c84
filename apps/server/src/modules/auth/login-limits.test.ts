import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_DELAY_MS,
  ACCOUNT_MEMORY_MS,
  accountDelayMs,
  ADDRESS_WINDOW_MS,
  addressOf,
  judgeLoginAttempt,
  MAX_FAILURES_PER_ADDRESS,
  releaseAccountFailure,
} from './login-limits.ts';

const now = new Date('2026-11-20T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('the account-wide delay schedule', () => {
  it.each([
    [0, 0],
    [ACCOUNT_FREE_FAILURES - 1, 0],
    [ACCOUNT_FREE_FAILURES, 30 * SECOND],
    [ACCOUNT_FREE_FAILURES + 1, MINUTE],
    [ACCOUNT_FREE_FAILURES + 2, 2 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 3, 4 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 4, 8 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 5, 15 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 6, 15 * MINUTE],
    [1_000_000, 15 * MINUTE],
    [Number.MAX_SAFE_INTEGER, 15 * MINUTE],
  ])('%i failures → %i ms', (failures, delay) => {
    expect(accountDelayMs(failures)).toBe(delay);
  });

  it('never decreases and never passes its cap', () => {
    let previous = 0;
    for (let failures = 0; failures < 200; failures++) {
      const delay = accountDelayMs(failures);
      expect(delay).toBeGreaterThanOrEqual(previous);
      expect(delay).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_MS);
      previous = delay;
    }
  });
});

describe('judging an attempt', () => {
  const fresh = { address: null, account: null, knownClient: false, now };

  it('lets a first attempt through, counted in advance', () => {
    expect(judgeLoginAttempt(fresh)).toEqual({
      allowed: true,
      address: { failures: 1, windowStart: now },
      account: { failures: 1, lastFailureAt: now },
    });
  });

  it('counts on within the address window, keeping its start', () => {
    const verdict = judgeLoginAttempt({
      ...fresh,
      address: { failures: 3, windowStart: ago(MINUTE) },
      account: { failures: 7, lastFailureAt: ago(SECOND) },
    });
    expect(verdict).toEqual({
      allowed: true,
      address: { failures: 4, windowStart: ago(MINUTE) },
      account: { failures: 8, lastFailureAt: now },
    });
  });

  it('refuses an address at its limit until its window ends, known or not', () => {
    const address = { failures: MAX_FAILURES_PER_ADDRESS, windowStart: ago(5 * MINUTE) };
    for (const knownClient of [false, true]) {
      expect(judgeLoginAttempt({ ...fresh, address, knownClient })).toEqual({
        allowed: false,
        retryAfterMs: 10 * MINUTE,
      });
    }
  });

  it('starts a new address window once the old one is over', () => {
    const verdict = judgeLoginAttempt({
      ...fresh,
      address: { failures: 50, windowStart: ago(ADDRESS_WINDOW_MS) },
    });
    expect(verdict).toMatchObject({ allowed: true, address: { failures: 1, windowStart: now } });
  });

  it('delays the account after its free failures, from the last failure', () => {
    const account = { failures: ACCOUNT_FREE_FAILURES + 1, lastFailureAt: ago(20 * SECOND) };
    expect(judgeLoginAttempt({ ...fresh, account })).toEqual({
      allowed: false,
      retryAfterMs: 40 * SECOND,
    });
    expect(
      judgeLoginAttempt({ ...fresh, account: { ...account, lastFailureAt: ago(MINUTE) } }),
    ).toMatchObject({ allowed: true, account: { failures: ACCOUNT_FREE_FAILURES + 2 } });
  });

  it('lets a known address or device past the account delay', () => {
    const account = { failures: 10_000, lastFailureAt: now };
    expect(judgeLoginAttempt({ ...fresh, account, knownClient: true })).toMatchObject({
      allowed: true,
      account: { failures: 10_001, lastFailureAt: now },
    });
  });

  it('never locks: the longest wait is the cap, however many failures', () => {
    const account = { failures: 1_000_000, lastFailureAt: now };
    expect(judgeLoginAttempt({ ...fresh, account })).toEqual({
      allowed: false,
      retryAfterMs: ACCOUNT_MAX_DELAY_MS,
    });
    expect(
      judgeLoginAttempt({ ...fresh, account: { ...account, lastFailureAt: ago(15 * MINUTE) } }),
    ).toMatchObject({ allowed: true });
  });

  it('forgets an account’s failures after a quiet day', () => {
    const account = { failures: 500, lastFailureAt: ago(ACCOUNT_MEMORY_MS) };
    expect(judgeLoginAttempt({ ...fresh, account })).toMatchObject({
      allowed: true,
      account: { failures: 1 },
    });
  });

  it('answers with the longer wait when both limits apply', () => {
    const verdict = judgeLoginAttempt({
      ...fresh,
      address: { failures: MAX_FAILURES_PER_ADDRESS, windowStart: ago(14 * MINUTE) },
      account: { failures: ACCOUNT_FREE_FAILURES + 5, lastFailureAt: ago(MINUTE) },
    });
    expect(verdict).toEqual({ allowed: false, retryAfterMs: 14 * MINUTE });
  });

  it('gives back an attempt that was the right password', () => {
    const lastFailureAt = ago(SECOND);
    expect(releaseAccountFailure({ failures: 5, lastFailureAt })).toEqual({
      failures: 4,
      lastFailureAt,
    });
    expect(releaseAccountFailure({ failures: 0, lastFailureAt }).failures).toBe(0);
  });
});

describe('the address an attempt counts under', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b:1:2::192.0.2.7', '64:ff9b:1:2::/64'],
  ])('%s → %s', (ip, address) => {
    expect(addressOf(ip)).toBe(address);
  });
});
