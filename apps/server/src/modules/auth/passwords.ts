import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@timantti/contracts';
import commonPasswords from 'fxa-common-password-list';
import { AppError } from '../../platform/errors.ts';

// OWASP's recommended argon2id parameters (19 MiB, 2 passes, 1 lane). The package's `Algorithm`
// is an ambient const enum that isolated modules cannot read; 2 is its Argon2id.
const ARGON2ID = 2;
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

// Made on first need rather than at import, so starting a process costs no hash.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  // Verifying against a throw-away hash when there is no user keeps the answer time the same,
  // so timing does not reveal which e-mail addresses have an account.
  dummyHash ??= hash('timantti-no-such-user', options);
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

// Words people build "long" passwords from, in the languages our users speak. A password that is
// one of these with digits or symbols around it ("Salasana2024!") is refused as common.
const commonStems = new Set([
  'salasana',
  'salasanani',
  'salainen',
  'tunnussana',
  'kirjaudu',
  'kayttaja',
  'kayttajatunnus',
  'lahti',
  'helsinki',
  'tampere',
  'suomi',
  'finland',
  'kunta',
  'kaupunki',
  'timantti',
  'losenord',
  'losenordet',
  'password',
  'passw0rd',
  'letmein',
  'welcome',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'abcdefgh',
  'abcdefghijkl',
  'iloveyou',
  'sunshine',
  'administrator',
  'admin',
  'kesaloma',
  'talvi',
  'kesa',
  'syksy',
  'kevat',
  'hyvaa',
  'moikka',
  'terve',
  'perkele',
]);

function stemOf(password: string): string {
  return password
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/^[^a-z]+|[^a-z]+$/g, '');
}

export function isCommonPassword(password: string): boolean {
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) return true;
  if (/^(.)\1+$/.test(password) || /^\d+$/.test(password)) return true;
  const stem = stemOf(password);
  if (commonStems.has(stem)) return true;
  // "salasanasalasana": one common word repeated.
  const half = stem.slice(0, stem.length / 2);
  return stem.length % 2 === 0 && half + half === stem && commonStems.has(half);
}

/** Throws a localized problem when a new password breaks a rule. */
export function assertPasswordAcceptable(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new AppError('password_too_short', { status: 400, params: { min: PASSWORD_MIN_LENGTH } });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new AppError('password_too_long', { status: 400, params: { max: PASSWORD_MAX_LENGTH } });
  }
  if (isCommonPassword(password)) throw new AppError('password_too_common', { status: 400 });
}
