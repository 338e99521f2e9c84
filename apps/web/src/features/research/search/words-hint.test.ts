import { translate } from '@timantti/i18n';
import { describe, expect, it } from 'vitest';
import { wordsHintKey } from './words-hint.ts';

describe('the hint under the search words', () => {
  it('promises compound parts only where the server has Finnish morphology', () => {
    const hint = (finnishMorphology: boolean) =>
      translate('fi', wordsHintKey({ finnishMorphology }));
    expect(hint(true)).toContain('”polku” palvelupolun');
    expect(hint(false)).toContain('”polku” ei löydä palvelupolkua');
    expect(hint(false)).toContain('Voikko');
  });

  it('promises nothing before the installation is known', () => {
    expect(wordsHintKey(undefined)).toBe(wordsHintKey({ finnishMorphology: false }));
  });
});
