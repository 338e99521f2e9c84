import { AppError } from '../platform/errors.ts';
import type { Actor } from './types.ts';

/** The signed-in caller; the auth hook has already refused anonymous callers on such routes. */
export function actorOf(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
