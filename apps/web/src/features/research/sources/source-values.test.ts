import { describe, expect, it } from 'vitest';
import { sourceProblems } from './source-values.ts';

describe('sourceProblems', () => {
  it('accept a titled source with a year and a web address', () => {
    expect(
      sourceProblems({ title: 'Kuntalaiskysely', year: '2024', url: 'https://www.lahti.fi/x' }),
    ).toEqual({});
    expect(sourceProblems({ title: 'Ilman vuotta', year: ' ', url: '' })).toEqual({});
  });

  it('name a missing title, an impossible year and an address that is not http(s)', () => {
    expect(sourceProblems({ title: ' ', year: '24', url: 'ftp://x.fi' })).toEqual({
      title: 'validation.required',
      year: 'source.yearInvalid',
      url: 'source.urlInvalid',
    });
  });
});
