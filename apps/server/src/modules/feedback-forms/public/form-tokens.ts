import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../../../db/client.ts';
import { addressOf } from '../../auth/login-limits.ts';
import { feedbackSecret } from '../feedback-forms.repo.ts';

/*
 * The one-time token of a public form's page load: a random nonce and the time it was issued,
 * signed with the installation's secret. No row is kept per page load; the response stores the
 * nonce under a unique index, so a token answers once on any instance. A token is good for a
 * week, so a slow respondent or a page left open overnight is never timed out.
 */

export const TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export class FormTokens {
  private secret: Promise<Buffer> | undefined;
  private readonly db: Queryable;

  constructor(db: Queryable) {
    this.db = db;
  }

  private async mac(...parts: string[]): Promise<Buffer> {
    // A failed load is not kept, so a database that was briefly away does not break forms.
    this.secret ??= feedbackSecret(this.db).catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return createHmac('sha256', await this.secret)
      .update(parts.join('\0'))
      .digest();
  }

  async issue(formId: string, now = new Date()): Promise<string> {
    const nonce = randomBytes(16).toString('base64url');
    const issuedAt = String(now.getTime());
    const mac = await this.mac('form-token', formId, nonce, issuedAt);
    return `${nonce}.${issuedAt}.${mac.toString('base64url')}`;
  }

  /** The token's nonce when it is this form's, signed here and not too old; otherwise null. */
  async verify(formId: string, token: string, now = new Date()): Promise<string | null> {
    const [nonce, issuedAt, sent, ...rest] = token.split('.');
    if (!nonce || !issuedAt || !sent || rest.length > 0) return null;
    if (!/^[A-Za-z0-9_-]{22}$/.test(nonce) || !/^\d{1,15}$/.test(issuedAt)) return null;
    const age = now.getTime() - Number(issuedAt);
    if (age < -60_000 || age > TOKEN_LIFETIME_MS) return null;
    const expected = await this.mac('form-token', formId, nonce, issuedAt);
    const given = Buffer.from(sent, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return nonce;
  }

  /** A respondent address as a keyed hash (IPv6 by its /64): no table holds an address. */
  async addressKey(formId: string, ip: string): Promise<string> {
    return (await this.mac('form-address', formId, addressOf(ip))).toString('base64url');
  }
}
