import type { Extension } from '@hocuspocus/server';
import type { Logger } from '../platform/logger.ts';

/** What Hocuspocus gets instead: an empty message, which it does not print. */
class HookFailed extends Error {
  constructor(cause: unknown) {
    super('', { cause });
  }
}

/**
 * Hocuspocus prints the message of whatever a hook throws straight to the console
 * ("[onLoadDocument] …"), past our logger, and a failed query's message lists its parameters —
 * card texts, names. So each hook of ours logs its own failure through the logger, whose error
 * serializer keeps values out, and passes it on without a message. Errors thrown with an empty
 * message on purpose (a refused connection, a document kept in memory) pass unchanged.
 */
export function withLoggedHookErrors(
  extension: Extension,
  logger: Pick<Logger, 'error'>,
): Extension {
  const wrapped: Record<string, unknown> = {};
  for (const [name, hook] of Object.entries(extension)) {
    wrapped[name] =
      typeof hook !== 'function'
        ? hook
        : async (payload: unknown) => {
            try {
              return await (hook as (payload: unknown) => unknown).call(extension, payload);
            } catch (error) {
              if (error instanceof Error && error.message === '') throw error;
              logger.error(
                { err: error, hook: name, extension: extension.extensionName },
                'collaboration hook failed',
              );
              throw new HookFailed(error);
            }
          };
  }
  return wrapped as Extension;
}
