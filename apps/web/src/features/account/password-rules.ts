import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@timantti/contracts';
import type { MessageKey, MessageParams } from '@timantti/i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The rules a browser can check before sending a new password; the server also rejects
 * common passwords and names the rule that failed.
 */
export function newPasswordErrors(
  t: Translate,
  password: string,
  confirm: string,
  passwordField: string,
  confirmField: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!password) errors[passwordField] = t('validation.required');
  else if ([...password].length < PASSWORD_MIN_LENGTH) {
    errors[passwordField] = t('errors.password_too_short', { min: PASSWORD_MIN_LENGTH });
  } else if ([...password].length > PASSWORD_MAX_LENGTH) {
    errors[passwordField] = t('errors.password_too_long', { max: PASSWORD_MAX_LENGTH });
  }
  if (!confirm) errors[confirmField] = t('validation.required');
  else if (password && confirm !== password) errors[confirmField] = t('password.mismatch');
  return errors;
}
