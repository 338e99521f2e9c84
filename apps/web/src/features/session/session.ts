import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import type { Me } from '@timantti/contracts';
import { setCsrfToken } from '../../api/client.ts';
import { meQuery } from '../../api/auth.ts';
import { readStorage, writeStorage } from '../../i18n/locale-storage.ts';

type MeOrganisation = Me['organisations'][number];

/** Keeps the signed-in user (or nobody) and the CSRF token that goes with the session. */
export function storeMe(queryClient: QueryClient, me: Me | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.setQueryData(meQuery.queryKey, me);
}

/** Forgets everything the previous user loaded, e.g. after signing out. */
export function clearSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
  storeMe(queryClient, null);
}

export function useMe(): Me | null {
  return useQuery(meQuery).data ?? null;
}

export function orgBySlug(me: Me | null, slug: string | undefined): MeOrganisation | undefined {
  if (!me || !slug) return undefined;
  return me.organisations.find((org) => org.slug === slug);
}

const LAST_ORG_KEY = 'timantti.lastOrganisation';

export function rememberOrganisation(slug: string): void {
  writeStorage(LAST_ORG_KEY, slug);
}

/** The organisation `/` opens: the one used last in this browser, else the first. */
export function homeOrganisation(me: Me, lastSlug = readStorage(LAST_ORG_KEY)) {
  return orgBySlug(me, lastSlug ?? undefined) ?? me.organisations[0];
}

/** The organisation a fresh Me gained compared with the previous one (after accepting). */
export function joinedOrganisation(
  before: Me | null,
  after: Me,
  organisationName: string,
): MeOrganisation | undefined {
  const known = new Set(before?.organisations.map((org) => org.id) ?? []);
  return (
    after.organisations.find((org) => !known.has(org.id)) ??
    after.organisations.find((org) => org.name === organisationName) ??
    after.organisations[0]
  );
}
