import { expect, it, inject } from 'vitest';

it('fails on purpose, so that CI sees a failing test fail the command', () => {
  expect(inject('databaseUrl')).toMatch(/^postgres/);
  expect('the gate').toBe('closed by this failure');
});
