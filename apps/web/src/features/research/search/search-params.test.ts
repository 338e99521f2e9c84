import { describe, expect, it } from 'vitest';
import { searchFilters, validateResearchSearch } from './search-params.ts';

describe('validateResearchSearch', () => {
  it('keeps valid words and filters', () => {
    expect(
      validateResearchSearch({
        q: ' työpajoissa ',
        type: 'evidence',
        kind: 'quote',
        sessionKind: 'workshop',
        from: '2026-01-01',
        to: '2026-12-31',
        segment: 'yrittäjät',
      }),
    ).toEqual({
      q: 'työpajoissa',
      type: 'evidence',
      kind: 'quote',
      sessionKind: 'workshop',
      from: '2026-01-01',
      to: '2026-12-31',
      segment: 'yrittäjät',
    });
  });

  it('drops what the server would refuse', () => {
    expect(
      validateResearchSearch({
        q: '',
        type: 'photo',
        tagId: 'not-an-id',
        from: '1.1.2026',
        extra: 1,
      }),
    ).toEqual({});
  });
});

describe('searchFilters', () => {
  it('searches only when there are words', () => {
    expect(searchFilters({ type: 'note' })).toBeNull();
    expect(searchFilters({ q: ' polku ', type: 'note' })).toEqual({ q: 'polku', type: 'note' });
  });
});
