import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { login, signInMethodsQuery } from '../api/auth.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { storeMe } from '../features/session/session.ts';
import { useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { FormProblem } from '../ui/FormProblem.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { PlainTextField } from '../ui/PlainTextField.tsx';
import { SubmitButton } from '../ui/SubmitButton.tsx';
import { useFormErrors } from '../ui/useFormErrors.ts';

const route = getRouteApi('/login');

export function LoginPage() {
  const t = useT();
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();
  const methods = useQuery(signInMethodsQuery).data;
  useDocumentTitle(t('auth.login.title'));

  const signIn = useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      storeMe(queryClient, me);
      void navigate({ href: redirect ?? paths.home(), replace: true });
    },
    onError: (error) => form.fail(error),
  });

  return (
    <div className="narrow-page">
      <PageHeading>{t('auth.login.title')}</PageHeading>
      <p className="lead">{t('auth.login.intro')}</p>
      {methods && methods.providers.length > 0 ? (
        <section className="card sign-in-providers" aria-labelledby="sign-in-providers">
          <h2 id="sign-in-providers">{t('auth.login.providers')}</h2>
          <ul className="sign-in-providers__list">
            {methods.providers.map((provider) => (
              <li key={provider.id}>
                {/* A plain link: the browser leaves for the provider and comes back. */}
                <a
                  className="button button--secondary button--normal"
                  href={`${provider.startPath}?${new URLSearchParams({ returnTo: redirect ?? paths.home() })}`}
                >
                  {t('auth.login.withProvider', { provider: provider.name })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* Native elements only: the page where a visit starts loads no React Aria. An
          installation where everyone signs in through a provider has no password form. */}
      {methods?.password === false ? null : (
        <form
          id={form.formId}
          className="form card"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const errors: Record<string, string> = {};
            if (!email.trim()) errors.email = t('validation.required');
            if (!password) errors.password = t('validation.required');
            if (form.check(errors)) signIn.mutate({ email: email.trim(), password });
          }}
        >
          <FormProblem error={form.problem} />
          <PlainTextField
            name="email"
            errorMessage={form.errors.email}
            type="email"
            autoComplete="username"
            label={t('auth.login.email')}
            value={email}
            onChange={setEmail}
            required
          />
          <PlainTextField
            name="password"
            errorMessage={form.errors.password}
            type="password"
            autoComplete="current-password"
            label={t('auth.login.password')}
            value={password}
            onChange={setPassword}
            required
          />
          <div className="form__actions">
            <SubmitButton isPending={signIn.isPending}>{t('auth.login.submit')}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
