import pino, { type DestinationStream, type LoggerOptions } from 'pino';

/**
 * An error as the logs may show it: its kind, its codes, the database objects it names and
 * where in our code it arose — never its message. Messages carry values: a failed Drizzle query
 * lists its parameters, PostgreSQL puts row values in `detail` ("Key (email)=(…) already
 * exists") and in some messages ("invalid input syntax for type integer: …"), JSON.parse quotes
 * the body. So none of them, nor `detail`, `hint`, `where` or parameters, reach the logs.
 */
export type LoggedError = {
  type: string;
  code?: string | number;
  /** PostgreSQL's SQLSTATE, e.g. 23505 for a unique violation. */
  sqlState?: string;
  schema?: string;
  table?: string;
  column?: string;
  constraint?: string;
  dataType?: string;
  routine?: string;
  /** The failed statement's text, its parameters left out and string literals blanked. */
  query?: string;
  statusCode?: number;
  syscall?: string;
  /** Zod issues: what went wrong where, by code and field path only. */
  issues?: { code: string; path: string }[];
  stack?: string[];
  cause?: LoggedError;
  errors?: LoggedError[];
};

const MAX_DEPTH = 3;
const MAX_FRAMES = 15;
const MAX_ISSUES = 10;

const identifier = /^[A-Za-z_$][\w$]*$/;
// Codes are constants (SQLSTATEs, Node's ERR_…/E…, Fastify's FST_ERR_…), never values.
const codeShape = /^[A-Za-z0-9_.-]{1,64}$/;

function text(value: unknown, shape: RegExp = identifier): string | undefined {
  return typeof value === 'string' && shape.test(value) ? value : undefined;
}

// A statement is written with placeholders, but a literal could still be inlined (sql.raw).
function statementText(query: unknown): string | undefined {
  if (typeof query !== 'string') return undefined;
  const blanked = query
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '$$$$…$$$$');
  return blanked.length > 2000 ? `${blanked.slice(0, 2000)}…` : blanked;
}

// The stack's first lines repeat the message (which may span lines); only frames are kept.
function frames(error: Error): string[] | undefined {
  if (typeof error.stack !== 'string') return undefined;
  let stack = error.stack;
  const message = typeof error.message === 'string' ? error.message : '';
  if (message && stack.includes(message))
    stack = stack.slice(stack.indexOf(message) + message.length);
  const kept = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
  return kept.length > 0 ? kept : undefined;
}

function issuesOf(value: unknown): LoggedError['issues'] {
  if (!Array.isArray(value)) return undefined;
  return value.slice(0, MAX_ISSUES).map((issue: { code?: unknown; path?: unknown }) => ({
    code: text(issue?.code) ?? 'unknown',
    // Record keys can be anything a person typed; array indices and field names are kept.
    path: (Array.isArray(issue?.path) ? issue.path : [])
      .map((key: unknown) => (typeof key === 'number' ? String(key) : (text(key) ?? '*')))
      .join('.'),
  }));
}

function typeOf(error: Error): string {
  const constructorName = text(error.constructor?.name);
  const name = text(error.name);
  // pg's DatabaseError is named 'error'; its class says more.
  if (constructorName && constructorName !== 'Error') return constructorName;
  return name ?? constructorName ?? 'Error';
}

/** The one way errors are written to the logs (pino's `err` and `error` keys use it). */
export function serializeError(value: unknown, depth = 0): LoggedError {
  if (!(value instanceof Error)) return { type: value === null ? 'null' : typeof value };
  const error = value as Error & Record<string, unknown>;
  const logged: LoggedError = { type: typeOf(error) };
  const code = typeof error.code === 'number' ? error.code : text(error.code, codeShape);
  // pg's DatabaseError carries a SQLSTATE as its code, and a severity beside it.
  if (typeof error.severity === 'string' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
    logged.sqlState = code;
  else if (code !== undefined) logged.code = code;
  for (const key of ['schema', 'table', 'column', 'constraint', 'dataType', 'routine'] as const) {
    const name = text(error[key], /^[\w$.]{1,128}$/);
    if (name) logged[key] = name;
  }
  const query = statementText(error.query);
  if (query) logged.query = query;
  if (typeof error.statusCode === 'number') logged.statusCode = error.statusCode;
  const syscall = text(error.syscall);
  if (syscall) logged.syscall = syscall;
  const issues = issuesOf(error.issues);
  if (issues) logged.issues = issues;
  const stack = frames(error);
  if (stack) logged.stack = stack;
  if (depth < MAX_DEPTH) {
    if (error.cause !== undefined) logged.cause = serializeError(error.cause, depth + 1);
    if (Array.isArray(error.errors) && error.errors.length > 0)
      logged.errors = error.errors.slice(0, 5).map((inner) => serializeError(inner, depth + 1));
  }
  return logged;
}

// A message is a constant; one that repeats an error's message (Fastify's and pino's default
// when an error is logged alone) is replaced by the error's type, and a URL's query string
// (which can hold a search) is dropped.
function safeMessage(message: unknown, error: unknown): string | undefined {
  const errorMessage = error instanceof Error ? error.message : '';
  if (typeof message !== 'string') return error instanceof Error ? typeOf(error) : undefined;
  if (errorMessage && message.includes(errorMessage)) return typeOf(error as Error);
  return message.replace(/\?[^\s"'`)]*/g, '?…');
}

// Request logs carry method, route and status only: no bodies, cookies, query strings or
// addresses, so no personal data reaches the logs.
export function loggerOptions(level: LoggerOptions['level']): LoggerOptions {
  return {
    level,
    base: { service: 'timantti' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
      error: serializeError,
    },
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error) {
          method.apply(this, [{ err: first }, safeMessage(rest[0], first), ...rest.slice(1)]);
          return;
        }
        if (typeof first === 'string') {
          method.apply(this, [safeMessage(first, undefined), ...rest] as Parameters<typeof method>);
          return;
        }
        const fields = first as { err?: unknown; error?: unknown } | null | undefined;
        const message = safeMessage(rest[0], fields?.err ?? fields?.error);
        method.apply(
          this,
          (message === undefined ? [first] : [first, message, ...rest.slice(1)]) as Parameters<
            typeof method
          >,
        );
      },
    },
  };
}

/** The process's logger; tests pass a destination to read what it writes. */
export function createLogger(level: LoggerOptions['level'], destination?: DestinationStream) {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
export type Logger = ReturnType<typeof createLogger>;
