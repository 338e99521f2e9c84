import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KNOWN_CLIENT_MS } from '../modules/auth/login-limits.ts';
import { SESSION_LIFETIME_MS } from '../modules/auth/sessions.repo.ts';

export const SESSION_COOKIE = 'timantti_session';
export const DEVICE_COOKIE = 'timantti_device';
// Only sign-in reads the device token, so no other request carries it.
const DEVICE_COOKIE_PATH = '/api/v1/auth';
const DEVICE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Behind a TLS-terminating proxy, TRUST_PROXY makes request.protocol 'https'.
    secure: request.protocol === 'https',
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

/**
 * A random token naming this browser, so that after signing in here it is exempt from the
 * account's sign-in delay wherever its address moves. It opens nothing by itself.
 */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(DEVICE_COOKIE, token, {
    path: DEVICE_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: KNOWN_CLIENT_MS / 1000,
  });
}

/** This browser's device token, if it sent a well-formed one. */
export function deviceTokenOf(request: FastifyRequest): string | null {
  const token = request.cookies[DEVICE_COOKIE];
  return token && DEVICE_TOKEN.test(token) ? token : null;
}

/** The session token in a raw Cookie header, for requests Fastify does not parse (WebSocket). */
export function sessionTokenFromCookieHeader(header: string | null | undefined): string | null {
  if (!header) return null;
  return fastifyCookie.parse(header)[SESSION_COOKIE] ?? null;
}
