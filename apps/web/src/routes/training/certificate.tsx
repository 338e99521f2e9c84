import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { certificateQuery } from '../../api/training.ts';
import { CardName } from '../../features/articles/CardLinks.tsx';
import { useDocumentTitle } from '../../features/layout/document-title.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Button } from '../../ui/Button.tsx';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/training/$courseId/certificate');

/** The participant's certificate, laid out for paper by the print style sheet. */
export function CertificatePage() {
  const t = useT();
  const { locale } = useLocale();
  const { org } = route.useRouteContext();
  const { courseId } = route.useParams();
  const certificate = useSuspenseQuery(certificateQuery(courseId)).data;
  useDocumentTitle(t('training.certificate.title'), certificate.courseTitle);

  return (
    <>
      <p className="page-header__context no-print">
        <Link href={paths.course(org.slug, courseId)}>{certificate.courseTitle}</Link>
      </p>
      <section className="certificate" aria-labelledby="certificate-heading">
        <p className="certificate__organisation">{certificate.organisationName}</p>
        <PageHeading className="certificate__title">{t('training.certificate.title')}</PageHeading>
        <p id="certificate-heading" className="certificate__name">
          {certificate.participantName}
        </p>
        <p>{t('training.certificate.completed', { course: certificate.courseTitle })}</p>
        <h2>{t('training.certificate.exercises')}</h2>
        <ol>
          {certificate.exercises.map((exercise, index) => (
            <li key={index}>
              {exercise.title} (<CardName org={org} cardKey={exercise.cardKey} link={false} />)
            </li>
          ))}
        </ol>
        <p className="certificate__date">
          {t('training.certificate.issued', { date: formatDate(locale, certificate.issuedAt) })}
        </p>
      </section>
      <p className="no-print">
        <Button onPress={() => window.print()}>{t('training.certificate.print')}</Button>
      </p>
    </>
  );
}
