import type { errors as fi } from '../fi/errors.ts';

export const errors: Record<keyof typeof fi, string> = {
  'errors.validation_failed': 'Some information is not valid. Please correct the marked fields.',
  'errors.malformed_json': 'The request body is not valid JSON.',
  'errors.payload_too_large': 'The request is too large.',
  'errors.unsupported_media_type': 'The request content type is not supported.',
  'errors.not_found': 'The page or item was not found.',
  'errors.unauthenticated': 'Please sign in to continue.',
  'errors.forbidden': 'You are not allowed to do this.',
  'errors.csrf_failed': 'The session check failed. Reload the page and try again.',
  'errors.invalid_credentials': 'The e-mail address or password is wrong.',
  'errors.password_login_off':
    'This installation signs people in through the organisation’s identity provider only.',
  'errors.sign_in_failed':
    'Signing in through the identity provider did not succeed. Start signing in again.',
  'errors.too_many_attempts':
    'Too many sign-in attempts. Try again in {minutes, plural, one {# min} other {# min}}.',
  'errors.password_too_short':
    'The password must have at least {min, plural, one {# character} other {# characters}}.',
  'errors.password_too_long':
    'The password may have at most {max, plural, one {# character} other {# characters}}.',
  'errors.password_too_common': 'The password is too common. Choose a less common one.',
  'errors.wrong_current_password': 'The current password is wrong.',
  'errors.invitation_invalid':
    'The invitation is not valid. Ask your organisation’s administrator for a new one.',
  'errors.invitation_requires_login':
    'You already have an account with this e-mail address. Sign in to accept the invitation.',
  'errors.invitation_email_mismatch': 'The invitation was sent to another e-mail address.',
  'errors.already_member': 'The person is already a member of the organisation.',
  'errors.last_admin': 'The organisation must keep at least one administrator.',
  'errors.not_org_member': 'The person is not a member of the organisation.',
  'errors.project_archived': 'The project is archived. Restore it before editing.',
  'errors.consent_not_valid':
    'The participant’s consent has been withdrawn or has expired. No new evidence can be linked to them.',
  'errors.evidence_withdrawn':
    "Some of the chosen evidence was removed at the participant's request and can no longer be cited.",
  'errors.csv_field_count':
    'Line {line}: the row has {actual, plural, one {# field} other {# fields}}, the header {expected, number}.',
  'errors.csv_unterminated_quote': 'Line {line}: a field that starts with a quote is never closed.',
  'errors.csv_stray_quote':
    'Line {line}: a quote is in the wrong place. A field containing quotes must itself be quoted.',
  'errors.csv_empty': 'The file is empty or has no header row.',
  'errors.csv_too_large': 'Line {line}: the file or the row is too large.',
  'errors.csv_encoding':
    'Line {line}: the file’s character encoding was not recognised. Save it as UTF-8 and try again.',
  'errors.csv_nul_character':
    'Line {line}: the line contains a NUL character, which cannot be stored. Check that the file is text (UTF-8 or Windows-1252) and try again.',
  'errors.csv_value_too_long':
    'Line {line}: the value in column “{column}” is too long (at most {max, plural, one {# character} other {# characters}}).',
  'errors.import_columns_mismatch':
    'Choose a use for every column of the file ({expected, plural, one {# column} other {# columns}}).',
  'errors.import_expired':
    'The file to import has expired or was already imported. Upload it again.',
  'errors.import_failed':
    'The import stopped on an error and nothing was saved. Try importing the file again.',
  'errors.import_finished': 'The import has already finished or been cancelled.',
  'errors.note_changed':
    'The note was changed meanwhile. Reload it to see the changes, then make your edit.',
  'errors.next_version_started':
    'The next version of this version has already been started or frozen. Open the concept history to see it.',
  'errors.test_round_has_form':
    "This test round already has a feedback form. Open it from the round's page.",
  'errors.findings_missing':
    'Record the result of at least one hypothesis before you start the next version.',
  'errors.answered_form_change':
    'The form already has answers, so this change cannot be saved. What cannot change is marked at the fields.',
  'errors.edit_conflict':
    'Someone else saved this meanwhile. Load the latest version or compare it with your changes.',
  'errors.voting_round_closed':
    'The voting round is already closed, so its dots can no longer change.',
  'errors.vote_budget_spent':
    'You have already used all your dots ({budget, plural, one {# dot} other {# dots}}). Take a dot off an idea if you want to give it to another.',
  'errors.vote_stacking_not_allowed':
    'In this round one idea can take only one dot from each person.',
  'errors.idea_not_in_round': 'The idea is not one of the ideas of this voting round.',
  'errors.idea_not_picked':
    'A concept is developed from a picked idea. Pick the idea to develop first.',
  'errors.sketch_type_unsupported': 'The sketch must be a PNG, JPEG or WebP image.',
  'errors.conflict': 'The information has changed or already exists. Reload the page.',
  'errors.theme_suggestions_busy':
    'Theme suggestions are busy with other boards. Try again in a minute.',
  'errors.internal': 'Something went wrong. Please try again in a moment.',
  'validation.required': 'This information is required.',
  'validation.invalid_type': 'The value has the wrong type.',
  'validation.too_short': 'The value is too short.',
  'validation.too_long': 'The value is too long (at most {max}).',
  'validation.too_small': 'The value is too small.',
  'validation.too_big': 'The value is too large (at most {max}).',
  'validation.invalid_email': 'Enter a valid e-mail address.',
  'validation.invalid_format': 'The value has the wrong format.',
  'validation.invalid_value': 'The value is not allowed.',
  'validation.unrecognized_keys': 'Unknown field: {keys}.',
  'validation.invalid': 'The value is not valid.',
  'validation.unstorable_text':
    'The text contains a character that cannot be stored (a NUL character or a lone UTF-16 surrogate).',
  'validation.too_deep': 'The structure is nested too deeply (at most {max} levels).',
  'validation.too_many_nodes': 'The content has too many parts (at most {max}).',
  'validation.missing_translation': 'Write the text in every language of the form.',
  'validation.closes_before_opens': 'The closing time must be after the opening time.',
  'validation.max_below_min': 'The upper limit cannot be less than the lower one.',
  'validation.no_body': 'This request takes no body.',
  'validation.alt_text_missing': 'Write a text alternative for the image or mark it as decorative.',
  'errors.image_type_unsupported': 'The image must be a PNG, JPEG or WebP image.',
  'errors.exercise_checks_itself':
    'This exercise is met by the data of your practice project, not marked done by hand.',
};
