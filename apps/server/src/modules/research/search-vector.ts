import { sql, type SQL } from 'drizzle-orm';
import { indexTerms, textSearchConfig, type FinnishAnalyzer } from '../search/terms.ts';
import { sharedFinnishAnalyzer } from '../search/voikko.ts';

export type TextLanguage = 'fi' | 'sv' | 'en';

/**
 * The stored tsvector of a text in its language: the words themselves at weight A, and the
 * lemmas and compound parts Voikko finds (palvelupoluilla → palvelupolku, palvelu, polku) at
 * weight B, so exact words rank above forms found through their base. Without Voikko the
 * second part is empty and search falls back to Snowball stemming alone.
 */
export function searchVector(language: TextLanguage, ...texts: string[]): SQL {
  return searchVectorWith(sharedFinnishAnalyzer(), language, texts);
}

/** `searchVector` with the analyzer given, for rebuilding stored vectors (`rebuild-search`). */
export function searchVectorWith(
  analyzer: FinnishAnalyzer | null,
  language: TextLanguage,
  texts: readonly string[],
): SQL {
  const text = texts.filter(Boolean).join('\n');
  const config = textSearchConfig[language];
  const extra = indexTerms(text, language, analyzer);
  return sql`setweight(to_tsvector(${config}::regconfig, ${text}), 'A') || setweight(to_tsvector(${config}::regconfig, ${extra}), 'B')`;
}
