import type { SourceInput } from '@timantti/contracts';
import type { z } from 'zod';
import { searchVector } from '../search-vector.ts';

type SourceTexts = Pick<z.output<typeof SourceInput>, 'title' | 'author' | 'summary' | 'citation'>;

/** The texts a desk-research source is found by, in the order they are indexed. */
export const sourceSearchTexts = (source: SourceTexts) => [
  source.title,
  source.author,
  source.summary,
  source.citation,
];

export const sourceSearchVector = (input: z.output<typeof SourceInput>) =>
  searchVector(input.language, ...sourceSearchTexts(input));
