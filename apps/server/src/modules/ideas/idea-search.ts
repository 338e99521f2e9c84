import type { TextLanguage } from '../research/search-vector.ts';
import { searchVector } from '../research/search-vector.ts';

/**
 * Every text of an idea, in the order they are indexed for the project search: its own words
 * only. The author's name stays out, since a voting round may hide who wrote the idea.
 */
export const ideaSearchTexts = (idea: { text: string }): string[] => [idea.text];

export const ideaSearchVector = (idea: { language: TextLanguage; text: string }) =>
  searchVector(idea.language, ...ideaSearchTexts(idea));
