import { describe, expect, it } from 'vitest';
import { describeError } from './lifecycle.ts';

/** Shaped as Drizzle and pg throw a failed statement: the values in the message and detail. */
function failedStatement() {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
    severity: 'ERROR',
    code: '23505',
    table: 'organisations',
    constraint: 'organisations_slug_unique',
    detail: 'Key (slug)=(maija.meikalainen@example.fi) already exists.',
  });
  return Object.assign(
    new Error(
      'Failed query: insert into "organisations" values ($1)\nparams: maija.meikalainen@example.fi',
      { cause },
    ),
    { query: 'insert into "organisations" values ($1)', params: ['maija.meikalainen@example.fi'] },
  );
}

describe('describeError', () => {
  it('names a failed statement by its SQLSTATE, table and constraint, never its values', () => {
    const description = describeError(failedStatement());
    expect(description).toBe(
      'a database statement failed (SQLSTATE 23505, table organisations, constraint organisations_slug_unique)',
    );
    expect(description).not.toContain('maija');
  });

  it('keeps the message of any other error, and says something for nothing thrown', () => {
    expect(describeError(new Error('Unknown role(s): wroker.'))).toBe('Unknown role(s): wroker.');
    expect(describeError(undefined)).toMatch(/without a reason/);
    expect(describeError('postgres exited')).toBe('postgres exited');
  });
});
