import { z } from 'zod';

// Stable machine-readable codes; their messages live in the i18n catalogs under `errors.<code>`.
export const problemCodes = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'invalid_credentials',
  'password_login_off',
  'sign_in_failed',
  'too_many_attempts',
  'theme_suggestions_busy',
  'password_too_short',
  'password_too_common',
  'password_too_long',
  'wrong_current_password',
  'invitation_invalid',
  'invitation_requires_login',
  'invitation_email_mismatch',
  'already_member',
  'last_admin',
  'not_org_member',
  'project_archived',
  'consent_not_valid',
  'evidence_withdrawn',
  'csv_field_count',
  'csv_unterminated_quote',
  'csv_stray_quote',
  'csv_empty',
  'csv_too_large',
  'csv_encoding',
  'csv_value_too_long',
  'csv_nul_character',
  'import_columns_mismatch',
  'import_expired',
  'import_failed',
  'import_finished',
  'conflict',
  'note_changed',
  'edit_conflict',
  'voting_round_closed',
  'vote_budget_spent',
  'vote_stacking_not_allowed',
  'idea_not_in_round',
  'idea_not_picked',
  'sketch_type_unsupported',
  'next_version_started',
  'findings_missing',
  'test_round_has_form',
  'answered_form_change',
  'image_type_unsupported',
  'exercise_checks_itself',
  'internal',
] as const;
export const ProblemCode = z.enum(problemCodes);
export type ProblemCode = z.infer<typeof ProblemCode>;

export const FieldError = z.object({
  path: z.string(),
  message: z.string(),
});

/** RFC 9457 problem details with our stable `code`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: ProblemCode,
  detail: z.string().optional(),
  errors: z.array(FieldError).optional(),
  /** With `edit_conflict`: the resource as it is now, as its GET presents it. */
  current: z.unknown().optional(),
});
export type Problem = z.infer<typeof Problem>;
