import { describe, expect, it } from 'vitest';
import { labelTerms, type LabelOptions } from './labels.ts';
import type { Rows } from './matrix.ts';

const terms = [
  'jono',
  'odotusaika',
  'aika',
  'pysäköinti',
  'bussi',
  'asiakas',
  'urheilu',
  'urheilla',
];

/** Raw counts per note from { term: count } objects. */
function counts(notes: Record<string, number>[]): Rows {
  const rowStart = [0];
  const col: number[] = [];
  const value: number[] = [];
  for (const note of notes) {
    for (const [term, count] of Object.entries(note).sort(
      ([a], [b]) => terms.indexOf(a) - terms.indexOf(b),
    )) {
      col.push(terms.indexOf(term));
      value.push(count);
    }
    rowStart.push(col.length);
  }
  return {
    rows: notes.length,
    cols: terms.length,
    rowStart: Int32Array.from(rowStart),
    col: Int32Array.from(col),
    value: Float64Array.from(value),
  };
}

const options: LabelOptions = {
  excluded: () => false,
  minTerms: 2,
  maxTerms: 4,
  relativeWeight: 0.6,
};
const named = (labels: number[][]) => labels.map((label) => label.map((j) => terms[j]));

describe('labelTerms', () => {
  const notes = counts([
    { jono: 1, asiakas: 1, odotusaika: 1, urheilu: 1 },
    { jono: 2, asiakas: 1, aika: 1 },
    { jono: 1, odotusaika: 1, aika: 1 },
    { pysäköinti: 1, asiakas: 1, bussi: 1 },
    { pysäköinti: 1, asiakas: 1, bussi: 1 },
    { pysäköinti: 1, bussi: 1 },
  ]);
  const assignment = Int32Array.from([0, 0, 0, 1, 1, 1]);

  it('names a group by the terms frequent in it and rare elsewhere', () => {
    const labels = named(labelTerms(notes, assignment, 2, terms, options));
    // asiakas is as frequent in group 1 as bussi, but just as frequent in group 0.
    expect(labels[1]).toEqual(['pysäköinti', 'bussi']);
    expect(labels[0]?.[0]).toBe('jono');
  });

  it('does not repeat a compound with its part', () => {
    const labels = named(labelTerms(notes, assignment, 2, terms, options));
    expect(labels[0]).toContain('odotusaika');
    expect(labels[0]).not.toContain('aika');
  });

  it('skips excluded terms and terms seen once in the group', () => {
    const excluded = (j: number) => terms[j] === 'jono';
    const labels = named(labelTerms(notes, assignment, 2, terms, { ...options, excluded }));
    expect(labels[0]).not.toContain('jono');
    expect(labels[0]).toContain('odotusaika');
    // urheilu is in one note of group 0 only: rarest of all, but a label needs two mentions.
    expect(labels[0]).not.toContain('urheilu');
  });

  it('keeps one word of a family and leaves unassigned notes out', () => {
    const family = counts([{ urheilu: 2, urheilla: 2 }, { urheilu: 1, urheilla: 1 }, { jono: 5 }]);
    const labels = named(labelTerms(family, Int32Array.from([0, 0, -1]), 1, terms, options));
    expect(labels).toEqual([['urheilu']]);
  });
});
