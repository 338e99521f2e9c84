import { PASSWORD_MIN_LENGTH } from '@timantti/contracts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { TextField } from '../../ui/TextField.tsx';

/** A new password and its confirmation, as every form that sets a password asks them. */
export function NewPasswordFields({
  names,
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  errors,
}: {
  names: { password: string; confirm: string };
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  errors: Record<string, string | undefined>;
}) {
  const t = useT();
  return (
    <>
      <TextField
        name={names.password}
        errorMessage={errors[names.password]}
        type="password"
        autoComplete="new-password"
        label={t('password.new')}
        description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
        value={password}
        onChange={onPasswordChange}
        isRequired
      />
      <TextField
        name={names.confirm}
        errorMessage={errors[names.confirm]}
        type="password"
        autoComplete="new-password"
        label={t('password.confirm')}
        value={confirm}
        onChange={onConfirmChange}
        isRequired
      />
    </>
  );
}
