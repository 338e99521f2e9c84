import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isApiError } from '../api/client.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Alert } from '../ui/Alert.tsx';
import { Button } from '../ui/Button.tsx';
import { Link } from '../ui/Link.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { problemTitle } from '../ui/problem.ts';
import { NotFoundPage } from './not-found.tsx';

/** A friendly page for a failed load, with a way to try again. */
export function ErrorPage({ error }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  const queryErrorBoundary = useQueryErrorResetBoundary();
  useDocumentTitle(t('error.title'));

  useEffect(() => {
    queryErrorBoundary.reset();
  }, [queryErrorBoundary]);

  // Anything the user may not see answers 404; show it as the not-found page.
  if (isApiError(error, 404)) return <NotFoundPage />;

  return (
    <div className="narrow-page">
      <PageHeading>{t('error.title')}</PageHeading>
      <Alert tone="error">{problemTitle(error, t)}</Alert>
      <p>{t('error.text')}</p>
      <div className="button-row">
        <Button onPress={() => void router.invalidate()}>{t('error.retry')}</Button>
        <Link appearance="button-secondary" href={paths.home()}>
          {t('notFound.home')}
        </Link>
      </div>
    </div>
  );
}
