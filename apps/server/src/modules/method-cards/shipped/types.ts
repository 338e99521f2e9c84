import type { MethodCardContent } from '@timantti/contracts';
import type { TextLanguage } from '../../research/search-vector.ts';

/** What a card says in one language; the facts that do not depend on language are given once. */
export type ShippedCardText = Pick<
  MethodCardContent,
  'title' | 'purpose' | 'steps' | 'materials' | 'tips' | 'pitfalls' | 'example'
>;

export type ShippedMethodCard = Pick<
  MethodCardContent,
  'phases' | 'minutes' | 'groupSize' | 'tool'
> &
  Record<TextLanguage, ShippedCardText>;
