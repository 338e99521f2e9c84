import { useDocumentTitle } from '../features/layout/document-title.ts';
import { useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Link } from '../ui/Link.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

/** Shown at `/` only to people who belong to no organisation yet. */
export function HomePage() {
  const t = useT();
  useDocumentTitle(t('home.title'));
  return (
    <div className="narrow-page">
      <PageHeading>{t('home.title')}</PageHeading>
      <p>{t('home.noOrganisations')}</p>
      <p>
        <Link href={paths.account()}>{t('nav.account')}</Link>
      </p>
    </div>
  );
}
