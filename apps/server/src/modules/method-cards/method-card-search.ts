import type { MethodCardContent } from '@timantti/contracts';
import { searchVector, type TextLanguage } from '../research/search-vector.ts';

/** Every text of a card, in the order it is indexed: what a reader would look for it by. */
export const methodCardSearchTexts = (content: MethodCardContent): string[] => [
  content.title,
  content.purpose,
  ...content.steps,
  ...content.materials,
  ...content.tips,
  ...content.pitfalls,
  content.example,
];

export const methodCardSearchVector = (language: TextLanguage, content: MethodCardContent) =>
  searchVector(language, ...methodCardSearchTexts(content));
