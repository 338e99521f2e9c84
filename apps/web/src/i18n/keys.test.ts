import { checklistTemplate, locales, perspectives, phases, roles } from '@timantti/contracts';
import { catalogs } from '@timantti/i18n';
import { describe, expect, it } from 'vitest';
import {
  checklistKey,
  localeKey,
  perspectiveKey,
  phaseDescriptionKey,
  phaseKey,
  roleKey,
} from './keys.ts';

describe('keys built from domain values', () => {
  it('exist in the catalogs for every value', () => {
    const keys = [
      ...phases.flatMap((p) => [phaseKey(p), phaseDescriptionKey(p)]),
      ...perspectives.map(perspectiveKey),
      ...roles.map(roleKey),
      ...locales.map(localeKey),
    ];
    for (const key of keys) expect(catalogs.fi).toHaveProperty([key]);
  });

  it('translate every built-in checklist step and reject unknown ones', () => {
    for (const templateKey of Object.values(checklistTemplate).flat()) {
      expect(checklistKey(templateKey)).toBe(`checklist.${templateKey}`);
    }
    expect(checklistKey('no_such_step')).toBeNull();
  });
});
