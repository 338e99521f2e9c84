import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { changePassword } from '../../api/auth.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { newPasswordErrors } from './password-rules.ts';

export function PasswordForm() {
  const t = useT();
  const form = useFormErrors();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword, newPassword }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setConfirm('');
    },
    onError: (error) =>
      form.fail(error, {
        wrong_current_password: 'currentPassword',
        password_too_short: 'newPassword',
        password_too_long: 'newPassword',
        password_too_common: 'newPassword',
      }),
  });

  return (
    <section className="page-section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.title')}</h2>
      <Form
        id={form.formId}
        className="form card"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          change.reset();
          const errors = newPasswordErrors(t, newPassword, confirm, 'newPassword', 'confirm');
          if (!currentPassword) errors.currentPassword = t('validation.required');
          if (form.check(errors)) change.mutate();
        }}
      >
        <FormProblem error={form.problem} />
        {change.isSuccess ? <Alert tone="success">{t('password.changed')}</Alert> : null}
        <TextField
          name="currentPassword"
          errorMessage={form.errors.currentPassword}
          type="password"
          autoComplete="current-password"
          label={t('password.current')}
          value={currentPassword}
          onChange={setCurrentPassword}
          isRequired
        />
        <NewPasswordFields
          names={{ password: 'newPassword', confirm: 'confirm' }}
          password={newPassword}
          confirm={confirm}
          onPasswordChange={setNewPassword}
          onConfirmChange={setConfirm}
          errors={form.errors}
        />
        <div className="form__actions">
          <Button type="submit" isPending={change.isPending}>
            {t('password.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
