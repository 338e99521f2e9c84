import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { fieldErrors, fieldOfPath, problemTitle } from './problem.ts';

const t = (key: string) => `t:${key}`;

describe('fieldOfPath', () => {
  it.each([
    ['email', 'email'],
    ['/goals/2', 'goals'],
    ['body.goals.2', 'goals'],
    ['', ''],
  ])('%s → %s', (path, field) => expect(fieldOfPath(path)).toBe(field));
});

describe('fieldErrors', () => {
  it('keys the first message of each field by its name', () => {
    const error = new ApiError(400, {
      type: 'about:blank',
      title: 'Invalid',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'name', message: 'Required' },
        { path: 'goals.1', message: 'Too long' },
        { path: 'goals.3', message: 'Also too long' },
      ],
    });
    expect(fieldErrors(error)).toEqual({ name: 'Required', goals: 'Too long' });
  });

  it('keys a nested field by its own name too, as its form names it', () => {
    const error = new ApiError(400, {
      type: 'about:blank',
      title: 'Invalid',
      status: 400,
      code: 'validation_failed',
      errors: [{ path: '/body/contact/email', message: 'Not an e-mail address' }],
    });
    expect(fieldErrors(error)).toEqual({
      contact: 'Not an e-mail address',
      email: 'Not an e-mail address',
    });
  });

  it('is empty for anything but a problem with field errors', () => {
    expect(fieldErrors(new Error('x'))).toEqual({});
    expect(
      fieldErrors(new ApiError(404, { type: 't', title: 'No', status: 404, code: 'not_found' })),
    ).toEqual({});
  });
});

describe('problemTitle', () => {
  it("shows the server's localized title, else a generic message", () => {
    const error = new ApiError(409, {
      type: 't',
      title: 'Organisaatiolla pitää olla ainakin yksi pääkäyttäjä.',
      status: 409,
      code: 'last_admin',
    });
    expect(problemTitle(error, t)).toBe('Organisaatiolla pitää olla ainakin yksi pääkäyttäjä.');
    expect(problemTitle(new TypeError('boom'), t)).toBe('t:errors.internal');
  });
});
