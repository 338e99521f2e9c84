import { useMutation, useQueryClient } from '@tanstack/react-query';
import { locales, type Locale, type Me } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { updateAccount } from '../../api/auth.ts';
import { localeKey } from '../../i18n/keys.ts';
import { rememberLocale } from '../../i18n/locale-storage.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { storeMe } from '../session/session.ts';

/** Display name and the language the account uses everywhere. */
export function ProfileForm({ me }: { me: Me }) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [displayName, setDisplayName] = useState(me.user.displayName);
  const [locale, setLocale] = useState<Locale>(me.user.locale);
  const save = useMutation({
    mutationFn: () => updateAccount({ displayName: displayName.trim(), locale }),
    onSuccess: (updated) => {
      rememberLocale(updated.user.locale);
      storeMe(queryClient, updated);
    },
    onError: (error) => form.fail(error),
  });
  const options = locales.map((code) => ({
    id: code,
    label: t(localeKey(code)),
    lang: code,
  }));

  return (
    <section className="page-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profile.title')}</h2>
      <Form
        id={form.formId}
        className="form card"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          save.reset();
          const errors: Record<string, string> = {};
          if (!displayName.trim()) errors.displayName = t('validation.required');
          if (form.check(errors)) save.mutate();
        }}
      >
        <FormProblem error={form.problem} />
        {save.isSuccess ? <Alert tone="success">{t('account.profile.saved')}</Alert> : null}
        <TextField
          name="displayName"
          errorMessage={form.errors.displayName}
          autoComplete="name"
          label={t('account.profile.displayName')}
          value={displayName}
          onChange={setDisplayName}
          maxLength={120}
          isRequired
        />
        <Select
          name="locale"
          errorMessage={form.errors.locale}
          label={t('account.profile.language')}
          description={t('account.profile.languageHint')}
          options={options}
          value={locale}
          onChange={setLocale}
        />
        <div className="form__actions">
          <Button type="submit" isPending={save.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
