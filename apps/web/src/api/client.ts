import type { Problem, ProblemCode } from '@timantti/contracts';
import { defaultLocale, type LocaleCode } from '@timantti/i18n/core';
import type { z } from 'zod';
import { translateLoaded as translate } from '../i18n/catalogs.ts';

// Set by the locale and session providers; every request carries them.
let requestLocale: LocaleCode = defaultLocale;
let csrfToken: string | null = null;

export function setRequestLocale(locale: LocaleCode): void {
  requestLocale = locale;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A failed request, with the server's localized problem details (or our own stand-in). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): ProblemCode {
    return this.problem.code;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const API_BASE = '/api/v1';

function standInProblem(status: number, code: ProblemCode, title: string): Problem {
  return { type: 'about:blank', title, status, code };
}

/** What a request carries: JSON, or a file's bytes sent as they are. */
type Payload = { json: unknown } | { bytes: Blob; contentType: string };

async function send(method: Method, path: string, payload?: Payload): Promise<Response> {
  const response = await fetchAnswer(method, path, payload);
  if (!response.ok) throw await problemOf(response);
  return response;
}

async function fetchAnswer(method: Method, path: string, payload?: Payload): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': requestLocale,
  };
  if (payload)
    headers['Content-Type'] = 'json' in payload ? 'application/json' : payload.contentType;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  try {
    return await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: !payload ? undefined : 'json' in payload ? JSON.stringify(payload.json) : payload.bytes,
    });
  } catch {
    throw new ApiError(
      0,
      standInProblem(0, 'internal', translate(requestLocale, 'app.error.network')),
    );
  }
}

// The schemas (and zod) are a chunk of their own that the sign-in page does not wait for: an
// answer is parsed once they have arrived.
export const loadSchemas = () => import('./schemas.ts');

/** A schema, or one to load first (for the modules of the first page). */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

async function problemOf(response: Response): Promise<ApiError> {
  const [{ Problem }, body] = await Promise.all([
    loadSchemas(),
    response.json().catch(() => null) as Promise<unknown>,
  ]);
  const parsed = Problem.safeParse(body);
  if (parsed.success) return new ApiError(response.status, parsed.data);
  const code: ProblemCode =
    response.status === 404
      ? 'not_found'
      : response.status === 401
        ? 'unauthenticated'
        : 'internal';
  return new ApiError(
    response.status,
    standInProblem(response.status, code, translate(requestLocale, `errors.${code}`)),
  );
}

async function parseAnswer<S extends z.ZodType>(
  response: Response,
  path: string,
  source: SchemaSource<S>,
): Promise<z.output<S>> {
  const [schema, body] = await Promise.all([
    typeof source === 'function' ? source() : source,
    response.json().catch(() => undefined) as Promise<unknown>,
  ]);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    // The server broke the contract: show a generic error rather than wrong data.
    console.error('Response does not match the contract', path, parsed.error.issues);
    throw new ApiError(
      response.status,
      standInProblem(response.status, 'internal', translate(requestLocale, 'errors.internal')),
    );
  }
  return parsed.data;
}

/** Sends a request and parses the JSON answer with the contract's schema. */
export async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: SchemaSource<S>,
  body?: unknown,
): Promise<z.output<S>> {
  const response = await send(method, path, body === undefined ? undefined : { json: body });
  return parseAnswer(response, path, schema);
}

/** GETs what may be absent: an answer with the status `absent` (not an error here) gives null. */
export async function requestOptional<S extends z.ZodType>(
  path: string,
  schema: SchemaSource<S>,
  absent: number,
): Promise<z.output<S> | null> {
  const response = await fetchAnswer('GET', path);
  if (response.status === absent) return null;
  if (!response.ok) throw await problemOf(response);
  return parseAnswer(response, path, schema);
}

/** Sends a request answered with JSON, or with 204 and no body (null). */
export async function requestOrNoContent<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: SchemaSource<S>,
): Promise<z.output<S> | null> {
  const response = await send(method, path);
  if (response.status === 204) return null;
  return parseAnswer(response, path, schema);
}

/** Sends a request whose answer has no body (204). */
export async function requestNoContent(
  method: Method,
  path: string,
  body?: unknown,
): Promise<void> {
  await send(method, path, body === undefined ? undefined : { json: body });
}

/** Sends a file's bytes unchanged (the server reads what they are), and parses the answer. */
export async function upload<S extends z.ZodType>(
  path: string,
  schema: S,
  file: Blob,
  contentType: string,
  method: 'POST' | 'PUT' = 'POST',
): Promise<z.output<S>> {
  const response = await send(method, path, { bytes: file, contentType });
  return parseAnswer(response, path, schema);
}

/** Encodes one path segment. */
export const seg = (value: string): string => encodeURIComponent(value);
