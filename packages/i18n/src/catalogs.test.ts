import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  catalogs,
  localeCodes,
  negotiateLocale,
  messageArguments,
  translate,
  type LocaleCode,
  type MessageKey,
} from './index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const placeholders = (locale: LocaleCode, key: MessageKey) =>
  [...new Set(messageArguments(catalogs[locale][key]).map((argument) => argument.name))].sort();

describe('catalogs', () => {
  it('have the same keys in Finnish, Swedish and English', () => {
    const keys = (locale: (typeof localeCodes)[number]) => Object.keys(catalogs[locale]).sort();
    expect(keys('sv')).toEqual(keys('fi'));
    expect(keys('en')).toEqual(keys('fi'));
  });

  it('have no empty message and the same placeholders in every language', () => {
    for (const key of Object.keys(catalogs.fi) as MessageKey[]) {
      for (const locale of localeCodes) {
        expect(catalogs[locale][key].trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(locale, key), `${locale} ${key}`).toEqual(placeholders('fi', key));
      }
    }
  });

  it('hold every key the web app asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(repoRoot, 'apps/web/src'))) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(match[1] ?? '');
    }
    const missing = [...used].filter((key) => !(key in catalogs.fi));
    expect(missing).toEqual([]);
  });

  it('hold a message for every problem code the server can send', async () => {
    const { problemCodes } = await import('@timantti/contracts');
    for (const code of problemCodes) expect(catalogs.fi).toHaveProperty(`errors.${code}`);
  });

  it('fill placeholders', () => {
    expect(translate('en', 'errors.password_too_short', { min: 12 })).toBe(
      'The password must have at least 12 characters.',
    );
  });
});

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'fi'],
    ['', 'fi'],
    ['sv-FI,sv;q=0.9,en;q=0.8', 'sv'],
    ['de-DE,en;q=0.5', 'en'],
    ['en;q=0.2,sv;q=0.9', 'sv'],
    ['de, fr', 'fi'],
    ['sv;q=0', 'fi'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
