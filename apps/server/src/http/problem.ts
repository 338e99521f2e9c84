import {
  inputRefusals,
  problemCodes,
  type InputRefusal,
  type Problem,
  type ProblemCode,
} from '@timantti/contracts';
import { translate, type LocaleCode, type MessageKey } from '@timantti/i18n';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { AppError } from '../platform/errors.ts';

/** The parts of a zod issue the messages use; validation errors carry them flattened. */
type Issue = {
  code: string;
  path: readonly PropertyKey[];
  input?: unknown;
  origin?: unknown;
  maximum?: unknown;
  format?: unknown;
  keys?: unknown;
  params?: unknown;
  issues?: unknown;
};

const refusals = new Set<string>(inputRefusals);

/** What a custom issue of the contracts says was wrong (see `refusal` there), if it says. */
function refusalOf(params: unknown): { reason: InputRefusal; max: number } | null {
  if (params === null || typeof params !== 'object') return null;
  const { reason, max } = params as { reason?: unknown; max?: unknown };
  if (typeof reason !== 'string' || !refusals.has(reason)) return null;
  return { reason: reason as InputRefusal, max: Number(max) };
}

function issueMessage(locale: LocaleCode, issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return translate(
        locale,
        issue.input === undefined ? 'validation.required' : 'validation.invalid_type',
      );
    case 'too_small':
      return translate(
        locale,
        issue.origin === 'string' ? 'validation.too_short' : 'validation.too_small',
      );
    case 'too_big':
      return translate(
        locale,
        issue.origin === 'string' ? 'validation.too_long' : 'validation.too_big',
        {
          max: Number(issue.maximum),
        },
      );
    case 'invalid_format':
      return translate(
        locale,
        issue.format === 'email' ? 'validation.invalid_email' : 'validation.invalid_format',
      );
    case 'invalid_value':
      return translate(locale, 'validation.invalid_value');
    case 'unrecognized_keys':
      return translate(locale, 'validation.unrecognized_keys', {
        keys: Array.isArray(issue.keys) ? issue.keys.join(', ') : '',
      });
    // A record's key that failed its schema, such as an attribute name: say why it failed.
    case 'invalid_key': {
      const [inner] = Array.isArray(issue.issues) ? (issue.issues as Issue[]) : [];
      return inner ? issueMessage(locale, inner) : translate(locale, 'validation.invalid');
    }
    case 'custom': {
      const refusal = refusalOf(issue.params);
      if (!refusal) return translate(locale, 'validation.invalid');
      return translate(locale, `validation.${refusal.reason}`, { max: refusal.max });
    }
    default:
      return translate(locale, 'validation.invalid');
  }
}

function valueAt(source: unknown, path: readonly string[]): unknown {
  let value = source;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function fieldErrors(locale: LocaleCode, issues: readonly Issue[], prefix = '') {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issueMessage(locale, issue),
  }));
}

function problemOf(locale: LocaleCode, code: ProblemCode, status: number): Problem {
  return {
    type: `https://timantti.fi/problems/${code}`,
    title: translate(locale, `errors.${code}` as MessageKey),
    status,
    code,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

const fastifyCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
};

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = request.locale;
  if (error instanceof AppError) {
    const title = translate(locale, `errors.${error.code}` as MessageKey, error.params);
    return sendProblem(reply, {
      ...problemOf(locale, error.code, error.status),
      title,
      ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const prefix = context === 'body' ? '' : context;
    const source: unknown = {
      body: request.body,
      querystring: request.query,
      params: request.params,
      headers: request.headers,
    }[context];
    // Zod leaves the offending input out of its issues; read it from the request instead.
    const issues = error.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean);
      return { ...v.params, code: v.keyword, path, input: valueAt(source, path) };
    });
    return sendProblem(reply, {
      ...problemOf(locale, 'validation_failed', 400),
      errors: fieldErrors(locale, issues, prefix),
    });
  }
  if (error.code && error.code in fastifyCodes) {
    const code = fastifyCodes[error.code] as ProblemCode;
    return sendProblem(reply, problemOf(locale, code, error.statusCode ?? 400));
  }
  if (isResponseSerializationError(error)) {
    request.log.error(
      { err: error, route: request.routeOptions.url },
      'response did not match its schema',
    );
  } else if (error.statusCode && error.statusCode < 500) {
    // A client error Fastify raised before our code ran (e.g. a bad header).
    return sendProblem(reply, problemOf(locale, 'validation_failed', error.statusCode));
  } else {
    request.log.error({ err: error }, 'request failed');
  }
  return sendProblem(reply, problemOf(locale, 'internal', 500));
}

export function notFoundProblem(locale: LocaleCode): Problem {
  return problemOf(locale, 'not_found', 404);
}

export const knownProblemCodes = new Set<string>(problemCodes);
