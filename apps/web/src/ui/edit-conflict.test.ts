import { Project } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api/client.ts';
import { conflictRows, editConflictOf, linesOf } from './edit-conflict.ts';

const problem = (code: 'edit_conflict' | 'conflict', current?: unknown) =>
  new ApiError(409, {
    type: `https://timantti.fi/problems/${code}`,
    title: 'x',
    status: 409,
    code,
    ...(current === undefined ? {} : { current }),
  });

const Named = z.object({ name: z.string(), version: z.number() });

describe('an edit conflict', () => {
  it('gives the resource as it is now from a 409 edit_conflict', () => {
    expect(editConflictOf(problem('edit_conflict', { name: 'Uusi', version: 3 }), Named)).toEqual({
      name: 'Uusi',
      version: 3,
    });
  });

  it('is not any other failure, nor a conflict without a current resource of the right shape', () => {
    expect(editConflictOf(problem('conflict', { name: 'x', version: 2 }), Named)).toBeNull();
    expect(editConflictOf(problem('edit_conflict'), Named)).toBeNull();
    expect(editConflictOf(problem('edit_conflict', { name: 'x' }), Project)).toBeNull();
    expect(editConflictOf(new Error('edit_conflict'), Named)).toBeNull();
  });

  it('marks the fields whose values differ', () => {
    const rows = conflictRows([
      { id: 'name', label: 'Nimi', mine: 'Oma', theirs: 'Toisen' },
      { id: 'goals', label: 'Tavoitteet', mine: linesOf(['a', 'b']), theirs: 'a\nb' },
    ]);
    expect(rows.map((row) => [row.id, row.differs])).toEqual([
      ['name', true],
      ['goals', false],
    ]);
  });
});
