import {
  MethodCardContent,
  checklistMethodCards,
  checklistTemplate,
  methodCardKeys,
  phases,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { shippedCardContent, shippedMethodCards } from './index.ts';

const languages = ['fi', 'sv', 'en'] as const;
const textSections = ['title', 'purpose', 'example'] as const;
const listSections = ['steps', 'materials', 'tips', 'pitfalls'] as const;

describe('shipped method cards', () => {
  it('ships exactly the stable keys', () => {
    expect(Object.keys(shippedMethodCards).sort()).toEqual([...methodCardKeys].sort());
  });

  for (const key of methodCardKeys) {
    describe(key, () => {
      for (const language of languages) {
        it(`has every section filled in ${language}`, () => {
          const content = shippedCardContent(key, language);
          // The same check an organisation's own edit passes.
          expect(MethodCardContent.parse(content)).toEqual(content);
          for (const section of textSections) expect(content[section].trim()).not.toBe('');
          for (const section of listSections) {
            expect(content[section].length).toBeGreaterThan(0);
            for (const item of content[section]) expect(item.trim()).not.toBe('');
          }
          expect(content.phases.length).toBeGreaterThan(0);
          expect(content.tool).not.toBeNull();
        });
      }

      it('says as much in every language', () => {
        const card = shippedMethodCards[key];
        for (const section of listSections) {
          const lengths = languages.map((language) => card[language][section].length);
          expect(new Set(lengths).size, section).toBe(1);
        }
      });

      it('is not another language copied', () => {
        const card = shippedMethodCards[key];
        for (const section of [...textSections, 'steps'] as const) {
          const texts = languages.map((language) => JSON.stringify(card[language][section]));
          // A proper name may be the same (persona), the guidance never.
          if (section !== 'title') expect(new Set(texts).size, section).toBe(3);
        }
      });
    });
  }

  it('opens a shipped card from each built-in checklist step that has a method', () => {
    const steps = new Set(phases.flatMap((phase) => checklistTemplate[phase]));
    for (const [step, key] of Object.entries(checklistMethodCards)) {
      expect(steps.has(step), step).toBe(true);
      expect(methodCardKeys).toContain(key);
    }
    // The booklet and publishing are deliverables, not methods.
    expect([...steps].filter((step) => !(step in checklistMethodCards)).sort()).toEqual([
      'deliver_booklet',
      'deliver_publish',
    ]);
  });
});
