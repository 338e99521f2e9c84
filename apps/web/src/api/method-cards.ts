import {
  MethodCard,
  MethodCardList,
  type CreateMethodCardInput,
  type Phase,
  type UpdateMethodCardInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import { request, requestNoContent, seg } from './client.ts';

const cards = (orgId: string) => `/orgs/${seg(orgId)}/method-cards`;
const card = (orgId: string, key: string) => `${cards(orgId)}/${seg(key)}`;

export type MethodCardFilters = { q?: string; phase?: Phase; fitsIn?: number };

/** Every view of the organisation's cards; a write to one refreshes them all. */
export const methodCardsKey = (orgId: string) => ['orgs', orgId, 'method-cards'] as const;

type Language = 'fi' | 'sv' | 'en';

/** The cards read in a language, named in the request: a change of language reads them anew. */
export const methodCardsQuery = (orgId: string, language: Language, filters: MethodCardFilters) =>
  queryOptions({
    queryKey: [...methodCardsKey(orgId), 'list', language, filters],
    queryFn: () => {
      const query = new URLSearchParams({ language });
      if (filters.q) query.set('q', filters.q);
      if (filters.phase) query.set('phase', filters.phase);
      if (filters.fitsIn) query.set('fitsIn', String(filters.fitsIn));
      return request('GET', `${cards(orgId)}?${query.toString()}`, MethodCardList);
    },
  });

export const methodCardQuery = (orgId: string, key: string, language: Language) =>
  queryOptions({
    queryKey: [...methodCardsKey(orgId), 'one', key, language],
    queryFn: () => request('GET', `${card(orgId, key)}?language=${seg(language)}`, MethodCard),
  });

export function createMethodCard(orgId: string, input: CreateMethodCardInput): Promise<MethodCard> {
  return request('POST', cards(orgId), MethodCard, input);
}

export function updateMethodCard(
  orgId: string,
  key: string,
  input: UpdateMethodCardInput,
): Promise<MethodCard> {
  return request('PUT', card(orgId, key), MethodCard, input);
}

export function restoreMethodCard(
  orgId: string,
  key: string,
  input: { version: number; language: Language },
): Promise<MethodCard> {
  return request('POST', `${card(orgId, key)}/restore`, MethodCard, input);
}

export function deleteMethodCard(orgId: string, key: string): Promise<void> {
  return requestNoContent('DELETE', card(orgId, key));
}
