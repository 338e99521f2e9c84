import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contracts from './index.ts';
import { inputString, isStorableText, line, storableText, text, toStorableText } from './domain.ts';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Text with NULs and lone surrogates among ordinary characters and whole surrogate pairs. */
const anyText = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constant('\u0000') },
    { weight: 1, arbitrary: loneSurrogate },
  ),
  maxLength: 30,
});
const hasNulOrLoneSurrogate = (value: string) => value.includes('\u0000') || !value.isWellFormed();

describe('storable text', () => {
  it('is text without NUL and without a surrogate that is not half of a pair', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(isStorableText(value)).toBe(!hasNulOrLoneSurrogate(value));
      }),
      { seed: 20261123 },
    );
    expect(isStorableText('Päätös 👍🏽')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('\ud83d')).toBe(false);
    expect(isStorableText('\ude00x')).toBe(false);
  });

  it('replaces each NUL and lone surrogate by U+FFFD and changes nothing else', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const clean = toStorableText(value);
        expect(isStorableText(clean)).toBe(true);
        expect(clean.length).toBe(value.length);
        if (isStorableText(value)) expect(clean).toBe(value);
      }),
      { seed: 20261123 },
    );
    expect(toStorableText('a\u0000b\ud800c👍')).toBe('a\ufffdb\ufffdc👍');
  });

  it('is what every text field asks for, with an issue that says why', () => {
    for (const schema of [inputString(), line(20), text(20)]) {
      fc.assert(
        fc.property(
          anyText.filter((value) => value.trim() !== ''),
          (value) => {
            expect(schema.safeParse(value).success).toBe(isStorableText(value));
          },
        ),
        { seed: 20261123 },
      );
      expect(schema.safeParse('a\u0000b').error?.issues).toEqual([
        expect.objectContaining({
          code: 'custom',
          path: [],
          params: { reason: 'unstorable_text' },
        }),
      ]);
    }
  });
});

type Def = {
  type: string;
  format?: string;
  checks?: unknown[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
};

// Formats whose own pattern admits neither NUL nor a surrogate.
const closedFormats = new Set(['uuid', 'date', 'datetime', 'email']);

/** The paths of every string in a schema that does not pass `storableText`. */
function uncheckedStrings(schema: z.ZodType): string[] {
  const found: string[] = [];
  const seen = new Set<z.ZodType>();
  const visit = (node: z.ZodType | undefined, path: string) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    // Its shape is checked without recursion, every string and key of it (rich-text.test.ts).
    if (node === contracts.RichTextDoc) return;
    const def = node.def as unknown as Def;
    if (def.type === 'string') {
      if (!closedFormats.has(def.format ?? '') && !def.checks?.includes(storableText))
        found.push(path || '(root)');
      return;
    }
    for (const [key, child] of Object.entries(def.shape ?? {})) visit(child, `${path}.${key}`);
    def.options?.forEach((option, i) => visit(option, `${path}|${i}`));
    visit(def.element, `${path}[]`);
    visit(def.innerType, path);
    visit(def.in, path);
    visit(def.out, path);
    visit(def.keyType, `${path}{key}`);
    visit(def.valueType, `${path}{value}`);
    visit(def.getter?.(), path);
  };
  visit(schema, '');
  return found;
}

describe('the contracts’ input schemas', () => {
  const inputs = Object.entries(contracts).flatMap(([name, value]) =>
    /(Input|Query)$/.test(name) && value instanceof z.ZodType ? [[name, value] as const] : [],
  );

  it('are found', () => {
    expect(inputs.map(([name]) => name)).toEqual(
      expect.arrayContaining(['CreateProjectInput', 'NoteInput', 'SearchQuery', 'LoginInput']),
    );
  });

  it('check every string they take for text PostgreSQL can store', () => {
    const unchecked = inputs.flatMap(([name, schema]) =>
      uncheckedStrings(schema).map((path) => `${name}${path}`),
    );
    expect(unchecked).toEqual([]);
  });
});
