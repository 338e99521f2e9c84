import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { NewPasswordFields } from '../account/NewPasswordFields.tsx';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { newPasswordErrors } from '../account/password-rules.ts';

export interface NewAccountFormProps {
  email: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (input: { displayName: string; password: string }) => void;
}

/** Creates the account an invitation was sent for: name and a password typed twice. */
export function NewAccountForm({ email, isPending, error, onSubmit }: NewAccountFormProps) {
  const t = useT();
  const form = useFormErrors();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { fail } = form;

  useEffect(() => {
    if (error) {
      fail(error, {
        password_too_short: 'password',
        password_too_long: 'password',
        password_too_common: 'password',
      });
    }
  }, [error, fail]);

  return (
    <section className="stack" aria-labelledby="new-account-heading">
      <h2 id="new-account-heading">{t('invite.createAccountHeading')}</h2>
      <p>{t('invite.createAccountIntro', { email })}</p>
      <Form
        id={form.formId}
        className="form card"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          const errors = newPasswordErrors(t, password, confirm, 'password', 'confirmPassword');
          if (!displayName.trim()) errors.displayName = t('validation.required');
          if (form.check(errors)) onSubmit({ displayName: displayName.trim(), password });
        }}
      >
        <FormProblem error={form.problem} />
        <TextField
          name="displayName"
          errorMessage={form.errors.displayName}
          autoComplete="name"
          label={t('invite.displayName')}
          description={t('invite.displayNameHint')}
          value={displayName}
          onChange={setDisplayName}
          isRequired
        />
        <NewPasswordFields
          names={{ password: 'password', confirm: 'confirmPassword' }}
          password={password}
          confirm={confirm}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
          errors={form.errors}
        />
        <div className="form__actions">
          <Button type="submit" isPending={isPending}>
            {t('invite.createAccount')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
