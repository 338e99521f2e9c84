import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger, serializeError } from './logger.ts';

const secret = 'Matti Meikäläinen, +358 40 1234567';

function capture() {
  let output = '';
  const logger = createLogger('trace', { write: (line: string) => void (output += line) });
  return { logger, output: () => output };
}

describe('serializeError', () => {
  it('keeps the kind, codes and frames of a failed query, never its message, parameters or detail', () => {
    const cause = Object.assign(new Error(`invalid input syntax for type integer: "${secret}"`), {
      severity: 'ERROR',
      code: '22P02',
      detail: `Failing row contains (${secret}).`,
      hint: secret,
      table: 'participant_contacts',
      constraint: 'contacts_phone_allowed',
      routine: 'pg_strtoint32',
    });
    const error = new DrizzleQueryError(
      `select $1::int, 'literal ${secret}', $tag$${secret}$tag$`,
      [secret],
      cause,
    );
    const logged = serializeError(error);
    expect(JSON.stringify(logged)).not.toContain('Meikäläinen');
    expect(JSON.stringify(logged)).not.toContain('1234567');
    expect(logged).toMatchObject({
      type: 'DrizzleQueryError',
      query: "select $1::int, '…', $$…$$",
      cause: {
        sqlState: '22P02',
        table: 'participant_contacts',
        constraint: 'contacts_phone_allowed',
        routine: 'pg_strtoint32',
      },
    });
    expect(logged.stack?.[0]).toMatch(/^at /);
  });

  it('drops a message of several lines from the stack, even one that looks like a frame', () => {
    const logged = serializeError(new Error(`first line\n    at ${secret}\nlast`));
    expect(JSON.stringify(logged)).not.toContain('Meikäläinen');
    expect(logged.stack?.length).toBeGreaterThan(0);
  });

  it('names zod issues by code and field, not by what was typed', () => {
    const result = z
      .object({ contact: z.record(z.string(), z.number()) })
      .safeParse({ contact: { [secret]: secret } });
    const logged = serializeError(result.error);
    expect(JSON.stringify(logged)).not.toContain('Meikäläinen');
    expect(logged.issues).toEqual([{ code: 'invalid_type', path: 'contact.*' }]);
  });

  it('reports something that is not an error by its type only', () => {
    expect(serializeError(secret)).toEqual({ type: 'string' });
  });
});

describe('the logger', () => {
  it('never takes an error message for the log message', () => {
    const { logger, output } = capture();
    const error = new Error(secret);
    logger.error(error);
    logger.error({ err: error });
    logger.error({ err: error }, error.message);
    logger.warn({ error }, `failed: ${error.message}`);
    expect(output()).not.toContain('Meikäläinen');
    expect(output().match(/"msg":"Error"/g)).toHaveLength(4);
  });

  it('drops query strings from messages', () => {
    const { logger, output } = capture();
    logger.warn(
      'Reply was already sent in the "/api/v1/search?q=Matti%20Meik%C3%A4l%C3%A4inen" route',
    );
    expect(output()).not.toContain('Matti');
    expect(output()).toContain('/api/v1/search?…');
  });
});
