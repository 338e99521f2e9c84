import { SearchQuery } from '@timantti/contracts';
import type { SearchFilters } from '../../../api/evidence.ts';

/** The search as the address holds it: words and filters; nothing when there are no words. */
export type ResearchSearch = Partial<SearchFilters>;

const fields = ['q', 'type', 'kind', 'tagId', 'sessionKind', 'segment', 'from', 'to'] as const;

/** Keeps the valid search parameters of the address and drops the rest. */
export function validateResearchSearch(search: Record<string, unknown>): ResearchSearch {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const value = search[field];
    if (value === undefined || value === '') continue;
    const parsed = SearchQuery.shape[field].safeParse(
      typeof value === 'number' ? String(value) : value,
    );
    if (parsed.success && parsed.data !== undefined && parsed.data !== '')
      result[field] = parsed.data;
  }
  return result as ResearchSearch;
}

/** The filters to send, or null while there is nothing to search for. */
export function searchFilters(search: ResearchSearch): SearchFilters | null {
  const q = search.q?.trim();
  return q ? { ...search, q } : null;
}
