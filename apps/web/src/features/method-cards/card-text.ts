import type { MethodCardContent } from '@timantti/contracts';
import type { LocaleCode, MessageKey, MessageParams } from '@timantti/i18n/core';
import { formatNumber } from '../../i18n/format.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A method's working time: whole hours from two hours up, minutes below. */
export function durationText(
  t: Translate,
  locale: LocaleCode,
  minutes: MethodCardContent['minutes'],
): string {
  const hours = minutes.min >= 120 && minutes.min % 60 === 0 && minutes.max % 60 === 0;
  const number = (value: number) => formatNumber(locale, hours ? value / 60 : value);
  return t(hours ? 'methods.hours' : 'methods.minutes', {
    min: number(minutes.min),
    max: number(minutes.max),
  });
}

export function groupText(
  t: Translate,
  locale: LocaleCode,
  group: MethodCardContent['groupSize'],
): string {
  // One size, not a range: "1 person", not "1–1 people".
  if (group.min === group.max) return t('methods.peopleExact', { count: group.min });
  return t('methods.people', {
    min: formatNumber(locale, group.min),
    max: formatNumber(locale, group.max),
  });
}

/** The parts of a card that are lists of lines, in the order the card shows them. */
export const listSections = ['steps', 'materials', 'tips', 'pitfalls'] as const;
export type ListSection = (typeof listSections)[number];

export const sectionKey = (section: 'purpose' | ListSection | 'example' | 'tool'): MessageKey =>
  `methods.section.${section}`;
