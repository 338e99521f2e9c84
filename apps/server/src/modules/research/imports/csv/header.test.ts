import { describe, expect, it } from 'vitest';
import { columnNames } from './header.ts';

describe('columnNames', () => {
  it.each([
    [
      ['Ikä', 'Kunta'],
      ['Ikä', 'Kunta'],
    ],
    [
      ['  Ikä\t', ' Kunta\r\n'],
      ['Ikä', 'Kunta'],
    ],
    [
      ['', 'Kunta', '  '],
      ['Sarake 1', 'Kunta', 'Sarake 3'],
    ],
    [
      ['Ikä', 'Ikä', 'Ikä'],
      ['Ikä', 'Ikä (2)', 'Ikä (3)'],
    ],
    // A numbered name is never one another column already has.
    [
      ['A', 'A', 'A (2)'],
      ['A', 'A (3)', 'A (2)'],
    ],
    [
      ['Sarake 2', ''],
      ['Sarake 2', 'Sarake 2 (2)'],
    ],
  ])('%j → %j', (values, names) => {
    expect(columnNames(values)).toEqual(names);
  });
});
