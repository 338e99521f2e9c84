import { useDocumentTitle } from '../features/layout/document-title.ts';
import { useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Link } from '../ui/Link.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="narrow-page">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href={paths.home()}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
