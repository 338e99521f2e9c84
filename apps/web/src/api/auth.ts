import { queryOptions } from '@tanstack/react-query';
import type { ChangePasswordInput, LoginInput, Me, UpdateAccountInput } from '@timantti/contracts';
import type { z } from 'zod';
import {
  loadSchemas,
  request,
  requestNoContent,
  requestOptional,
  requestOrNoContent,
  seg,
  setCsrfToken,
} from './client.ts';

// The session's requests belong to the first page, which is drawn before the schemas have
// arrived; each answer is parsed once they have.
const meSchema = async () => (await loadSchemas()).Me;
const sessionListSchema = async () => (await loadSchemas()).SessionList;
const logoutSchema = async () => (await loadSchemas()).LogoutResult;
const signInMethodsSchema = async () => (await loadSchemas()).SignInMethods;

export function login(input: z.input<typeof LoginInput>): Promise<Me> {
  return request('POST', '/auth/login', meSchema, input);
}

/** Ends the session; for single sign-on, also says where the provider ends its own. */
export async function logout(): Promise<string | null> {
  return (await requestOrNoContent('POST', '/auth/logout', logoutSchema))?.endSessionUrl ?? null;
}

export const signInMethodsQuery = queryOptions({
  queryKey: ['sign-in-methods'],
  queryFn: () => request('GET', '/auth/methods', signInMethodsSchema),
  staleTime: 5 * 60_000,
});

/** The signed-in user, or null when nobody is signed in. */
export function fetchMe(): Promise<Me | null> {
  return requestOptional('/auth/me', meSchema, 401);
}

// Query keys start with the entity so that one invalidation reaches every view of it.
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    const me = await fetchMe();
    setCsrfToken(me?.csrfToken ?? null);
    return me;
  },
  staleTime: 60_000,
});

export function updateAccount(input: z.input<typeof UpdateAccountInput>): Promise<Me> {
  return request('PATCH', '/account', meSchema, input);
}

export function changePassword(input: z.input<typeof ChangePasswordInput>): Promise<void> {
  return requestNoContent('POST', '/account/password', input);
}

export function fetchSessions() {
  return request('GET', '/account/sessions', sessionListSchema);
}

export function revokeSession(sessionId: string): Promise<void> {
  return requestNoContent('DELETE', `/account/sessions/${seg(sessionId)}`);
}

export function revokeOtherSessions(): Promise<void> {
  return requestNoContent('POST', '/account/sessions/revoke-others');
}
