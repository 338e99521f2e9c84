import type { ProblemCode } from '@timantti/contracts';
import type { MessageParams } from '@timantti/i18n';

const statusByCode: Partial<Record<ProblemCode, number>> = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  invalid_credentials: 401,
  password_login_off: 403,
  too_many_attempts: 429,
  theme_suggestions_busy: 503,
  note_changed: 409,
  edit_conflict: 409,
  test_round_has_form: 409,
  job_not_redrivable: 409,
  internal: 500,
};

/** An error the caller should see, as problem+json with a stable code. */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly params: MessageParams | undefined;
  readonly fieldErrors: { path: string; message: string }[] | undefined;
  /** The resource as it is now, for an `edit_conflict`: the client compares it with its edit. */
  readonly current: unknown;

  constructor(
    code: ProblemCode,
    options: {
      status?: number;
      params?: MessageParams;
      fieldErrors?: { path: string; message: string }[];
      current?: unknown;
    } = {},
  ) {
    super(code);
    this.code = code;
    this.status = options.status ?? statusByCode[code] ?? 422;
    this.params = options.params;
    this.fieldErrors = options.fieldErrors;
    this.current = options.current;
  }
}

export const notFound = () => new AppError('not_found');
