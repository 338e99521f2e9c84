import { useDocumentTitle } from '../features/layout/document-title.ts';
import { useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Link } from '../ui/Link.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

/**
 * What the server answers 404 to: a page that does not exist and one the reader may not see
 * look the same, so neither gives the other away; the page says both and whom to ask.
 */
export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="narrow-page">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>{t('notFound.ask')}</p>
      <p>
        <Link href={paths.home()}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
