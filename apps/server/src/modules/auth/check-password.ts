import type { FastifyReply, FastifyRequest } from 'fastify';
import { deviceTokenOf, setDeviceCookie } from '../../http/session-cookie.ts';
import { tooManyAttempts, type LoginThrottle } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { newToken } from './sessions.repo.ts';

/**
 * Checks a guess of an account's password under the sign-in limits, wherever one is made
 * (signing in, changing the password with a borrowed session): the attempt is counted before
 * argon2 runs, a limited one is a 429 with `Retry-After` whatever the password, and a right one
 * gives the attempt back and remembers this address and browser as the account's own.
 */
export async function checkPassword(options: {
  throttle: LoginThrottle;
  request: FastifyRequest;
  reply: FastifyReply;
  email: string;
  passwordHash: string | null;
  password: string;
}): Promise<boolean> {
  const { throttle, request, reply, email } = options;
  const client = { email, address: request.ip, deviceToken: deviceTokenOf(request) };
  const attempt = await throttle.reserve(client);
  if (!attempt.allowed) {
    reply.header('retry-after', String(Math.ceil(attempt.retryAfterMs / 1000)));
    throw tooManyAttempts(attempt.retryAfterMs);
  }
  if (!(await verifyPassword(options.passwordHash, options.password))) {
    await throttle.failed();
    return false;
  }
  const deviceToken = client.deviceToken ?? newToken();
  await throttle.succeeded({ ...client, deviceToken });
  setDeviceCookie(request, reply, deviceToken);
  return true;
}
