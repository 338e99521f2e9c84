import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title.ts';

describe('documentTitle', () => {
  it('puts the page first and the app last, skipping missing parts', () => {
    expect(documentTitle(['Projektit', 'Lahden kaupunki'], 'Timantti')).toBe(
      'Projektit – Lahden kaupunki – Timantti',
    );
    expect(documentTitle(['Oma tili', undefined, null], 'Timantti')).toBe('Oma tili – Timantti');
  });
});
