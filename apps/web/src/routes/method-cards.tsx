import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { methodCardDurations, Phase } from '@timantti/contracts';
import { useMemo } from 'react';
import { methodCardsQuery } from '../api/method-cards.ts';
import { organisationQuery } from '../api/queries.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { MethodCardFacts } from '../features/method-cards/MethodCardFacts.tsx';
import {
  MethodCardFilters,
  type MethodCardFilterValues,
} from '../features/method-cards/MethodCardFilters.tsx';
import { useLocale, useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Alert } from '../ui/Alert.tsx';
import { Badge } from '../ui/Badge.tsx';
import { Link } from '../ui/Link.tsx';
import { Loading } from '../ui/Loading.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { problemTitle } from '../ui/problem.ts';

const route = getRouteApi('/signed-in/o/$orgSlug/methods');

/** The filters of the address, with an unknown phase or duration left out. */
function filtersOf(address: Partial<Record<string, string>>): MethodCardFilterValues {
  const phase = Phase.safeParse(address.phase);
  const fitsIn = methodCardDurations.find((minutes) => String(minutes) === address.fitsIn);
  return {
    ...(address.q?.trim() ? { q: address.q.trim() } : {}),
    ...(phase.success ? { phase: phase.data } : {}),
    ...(fitsIn ? { fitsIn } : {}),
  };
}

/** The organisation's method cards, searched and filtered by phase and duration. */
export function MethodCardsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { org } = route.useRouteContext();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const address = route.useSearch();
  const filters = useMemo(() => filtersOf(address), [address]);
  const navigate = route.useNavigate();
  const cards = useQuery({
    ...methodCardsQuery(org.id, locale, filters),
    placeholderData: keepPreviousData,
  });
  useDocumentTitle(t('methods.title'), organisation.name);
  const items = cards.data?.items ?? [];
  const project = address.project;

  return (
    <>
      <div className="page-header">
        <div>
          <p className="page-header__context">{organisation.name}</p>
          <PageHeading>{t('methods.title')}</PageHeading>
        </div>
        {cards.data?.abilities.create ? (
          <Link appearance="button" href={paths.newMethod(org.slug)}>
            {t('methods.new.open')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('methods.intro')}</p>
      <MethodCardFilters
        search={filters}
        onChange={(next) =>
          void navigate({
            search: {
              ...(next.q ? { q: next.q } : {}),
              ...(next.phase ? { phase: next.phase } : {}),
              ...(next.fitsIn ? { fitsIn: String(next.fitsIn) } : {}),
              ...(project ? { project } : {}),
            },
            replace: true,
          })
        }
      />
      <div role="status" className="result-count">
        {cards.data ? t('methods.count', { count: items.length }) : null}
      </div>
      {cards.isPending ? (
        <Loading />
      ) : cards.isError ? (
        <Alert tone="error" title={problemTitle(cards.error, t)}>
          <p>{t('error.text')}</p>
        </Alert>
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p>{t('methods.none')}</p>
        </div>
      ) : (
        <ul className="method-list" aria-busy={cards.isPlaceholderData}>
          {items.map((card) => {
            const headingId = `method-${card.key}-title`;
            return (
              <li key={card.key}>
                <article className="card method-summary" aria-labelledby={headingId}>
                  <h2 id={headingId} className="method-summary__title" lang={card.language}>
                    <Link href={paths.method(org.slug, card.key, project)}>{card.title}</Link>
                  </h2>
                  {card.customised || card.origin === 'own' ? (
                    <p className="method-summary__badges">
                      <Badge tone="info">
                        {card.origin === 'own'
                          ? t('methods.badge.own')
                          : t('methods.badge.customised')}
                      </Badge>
                    </p>
                  ) : null}
                  <p className="method-summary__purpose" lang={card.language}>
                    {card.purpose}
                  </p>
                  <MethodCardFacts content={card} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
