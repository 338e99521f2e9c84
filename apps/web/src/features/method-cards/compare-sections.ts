import type { MethodCardContent } from '@timantti/contracts';
import type { LocaleCode, MessageKey, MessageParams } from '@timantti/i18n/core';
import { methodToolKey, phaseKey } from '../../i18n/keys.ts';
import { durationText, groupText } from './card-text.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** One part of a card as the copy and the shipped card say it: a text, or a list of lines. */
export type ComparedSection = {
  id: keyof MethodCardContent;
  label: string;
  ours: string | readonly string[];
  shipped: string | readonly string[];
};

const same = (a: string | readonly string[], b: string | readonly string[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/** Every part of two versions of a card, in card order. */
export function comparedSections(
  t: Translate,
  locale: LocaleCode,
  ours: MethodCardContent,
  shipped: MethodCardContent,
): ComparedSection[] {
  const facts = (content: MethodCardContent) => ({
    phases: content.phases.map((phase) => t(phaseKey(phase))).join(', '),
    minutes: durationText(t, locale, content.minutes),
    groupSize: groupText(t, locale, content.groupSize),
    tool: content.tool ? t(methodToolKey(content.tool)) : t('methods.form.noTool'),
  });
  const a = facts(ours);
  const b = facts(shipped);
  const sections: ComparedSection[] = [
    { id: 'title', label: t('methods.form.title'), ours: ours.title, shipped: shipped.title },
    {
      id: 'purpose',
      label: t('methods.section.purpose'),
      ours: ours.purpose,
      shipped: shipped.purpose,
    },
    { id: 'phases', label: t('methods.phases'), ours: a.phases, shipped: b.phases },
    { id: 'minutes', label: t('methods.time'), ours: a.minutes, shipped: b.minutes },
    { id: 'groupSize', label: t('methods.groupSize'), ours: a.groupSize, shipped: b.groupSize },
    { id: 'steps', label: t('methods.section.steps'), ours: ours.steps, shipped: shipped.steps },
    {
      id: 'materials',
      label: t('methods.section.materials'),
      ours: ours.materials,
      shipped: shipped.materials,
    },
    { id: 'tips', label: t('methods.section.tips'), ours: ours.tips, shipped: shipped.tips },
    {
      id: 'pitfalls',
      label: t('methods.section.pitfalls'),
      ours: ours.pitfalls,
      shipped: shipped.pitfalls,
    },
    {
      id: 'example',
      label: t('methods.section.example'),
      ours: ours.example,
      shipped: shipped.example,
    },
    { id: 'tool', label: t('methods.section.tool'), ours: a.tool, shipped: b.tool },
  ];
  return sections;
}

/** The parts in which an organisation's copy differs from the shipped card, in card order. */
export function differingSections(
  t: Translate,
  locale: LocaleCode,
  ours: MethodCardContent,
  shipped: MethodCardContent,
): ComparedSection[] {
  return comparedSections(t, locale, ours, shipped).filter(
    (section) => !same(section.ours, section.shipped),
  );
}
