import { describe, expect, it } from 'vitest';
import { consentInput, consentProblems, newConsent } from './consent-values.ts';

describe('consent values', () => {
  it('need a purpose and the day it was given', () => {
    expect(consentProblems({ ...newConsent(''), purpose: ' ' })).toEqual({
      purpose: 'validation.required',
      givenOn: 'validation.required',
    });
  });

  it('may not expire before they were given', () => {
    const consent = {
      ...newConsent('2026-03-01'),
      purpose: 'Haastattelu',
      expiresOn: '2026-02-01',
    };
    expect(consentProblems(consent)).toEqual({ expiresOn: 'consent.expiresBeforeGiven' });
    expect(consentProblems({ ...consent, expiresOn: '2027-03-01' })).toEqual({});
  });

  it('send no expiry as null and a trimmed purpose', () => {
    expect(consentInput({ ...newConsent('2026-03-01'), purpose: ' Haastattelu ' })).toEqual({
      purpose: 'Haastattelu',
      givenOn: '2026-03-01',
      method: 'written',
      expiresOn: null,
    });
  });
});
