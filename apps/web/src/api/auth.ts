import {
  type ChangePasswordInput,
  type LoginInput,
  Me,
  SessionList,
  type UpdateAccountInput,
} from '@timantti/contracts';
import type { z } from 'zod';
import { isApiError, request, requestNoContent, seg } from './client.ts';

export function login(input: z.input<typeof LoginInput>): Promise<Me> {
  return request('POST', '/auth/login', Me, input);
}

export function logout(): Promise<void> {
  return requestNoContent('POST', '/auth/logout');
}

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await request('GET', '/auth/me', Me);
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function updateAccount(input: z.input<typeof UpdateAccountInput>): Promise<Me> {
  return request('PATCH', '/account', Me, input);
}

export function changePassword(input: z.input<typeof ChangePasswordInput>): Promise<void> {
  return requestNoContent('POST', '/account/password', input);
}

export function fetchSessions() {
  return request('GET', '/account/sessions', SessionList);
}

export function revokeSession(sessionId: string): Promise<void> {
  return requestNoContent('DELETE', `/account/sessions/${seg(sessionId)}`);
}

export function revokeOtherSessions(): Promise<void> {
  return requestNoContent('POST', '/account/sessions/revoke-others');
}
