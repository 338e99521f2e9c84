import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import {
  assertPasswordAcceptable,
  hashPassword,
  isCommonPassword,
  verifyPassword,
} from './passwords.ts';

const codeOf = (password: string) => {
  try {
    assertPasswordAcceptable(password);
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : 'unexpected';
  }
};

describe('password rules', () => {
  it.each([
    ['lyhyt-sana', 'password_too_short'],
    ['ääääääääääää', 'password_too_common'],
    ['123456789012', 'password_too_common'],
    ['Salasana2024!', 'password_too_common'],
    ['salasanasalasana', 'password_too_common'],
    ['Lösenord12345', 'password_too_common'],
    ['qwertyuiop123', 'password_too_common'],
    ['1234567890qwerty', 'password_too_common'],
    ['x'.repeat(257), 'password_too_long'],
    ['kahvia-ja-pullaa-torilla', 'ok'],
    ['Vesilahden vetovoima 2026', 'ok'],
  ])('%s → %s', (password, code) => {
    expect(codeOf(password)).toBe(code);
  });

  it('counts characters, not bytes', () => {
    expect(codeOf('äöåäöåäöåäö')).toBe('password_too_short');
  });

  it('finds entries of the common-password list', () => {
    expect(isCommonPassword('password1234')).toBe(true);
  });
});

describe('hashing', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('kahvia-ja-pullaa-torilla');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'kahvia-ja-pullaa-torilla')).toBe(true);
    expect(await verifyPassword(hash, 'kahvia-ja-pullaa-torilla!')).toBe(false);
    expect(await verifyPassword(null, 'kahvia-ja-pullaa-torilla')).toBe(false);
  });
});
