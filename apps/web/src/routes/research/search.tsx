import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { SearchHit } from '@timantti/contracts';
import { useMemo, useRef } from 'react';
import { searchQuery } from '../../api/research-queries.ts';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { SearchForm } from '../../features/research/search/SearchForm.tsx';
import {
  searchFilters,
  validateResearchSearch,
} from '../../features/research/search/search-params.ts';
import { SnippetText } from '../../features/research/search/SnippetText.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { synthesisPaths } from '../../paths.ts';
import { excerpt, formatDate } from '../../i18n/format.ts';
import { searchTypeKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { Loading } from '../../ui/Loading.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/research/search');

/** Finnish-aware search over the project's material, from evidence to ideas, highlighted. */
export function SearchPage() {
  const t = useT();
  const { locale } = useLocale();
  const { org, projectId, research, canReadRawResearch } = useResearchProject();
  const synthesis = synthesisPaths(org.slug, projectId);
  const address = route.useSearch();
  const search = useMemo(() => validateResearchSearch(address), [address]);
  const navigate = route.useNavigate();
  const filters = searchFilters(search);
  const results = useInfiniteQuery({
    ...searchQuery(projectId, filters ?? { q: '' }),
    enabled: filters !== null,
  });
  const hits = results.data?.pages.flatMap((page) => page.items) ?? [];
  const listRef = useRef<HTMLOListElement>(null);

  const hrefOf = (hit: SearchHit) =>
    hit.type === 'note'
      ? research.note(hit.id)
      : hit.type === 'source'
        ? `${research.sources()}#source-${hit.id}`
        : hit.type === 'persona'
          ? synthesis.persona(hit.id)
          : hit.type === 'journey'
            ? synthesis.journey(hit.id)
            : hit.type === 'concept'
              ? synthesis.concept(hit.id)
              : hit.type === 'idea'
                ? `${synthesis.ideas()}#idea-${hit.id}-text`
                : `${research.evidence()}#evidence-${hit.id}`;
  const titleOf = (hit: SearchHit) =>
    hit.type === 'evidence'
      ? hit.title
        ? t('search.evidenceOf', { code: hit.title })
        : t('search.evidence')
      : hit.type === 'idea'
        ? excerpt(hit.title, 80)
        : hit.title;

  return (
    <>
      <ResearchPageHeader
        title={t('search.title')}
        intro={canReadRawResearch ? t('search.intro') : t('search.introWithoutNotes')}
      />
      <SearchForm
        key={JSON.stringify(search)}
        projectId={projectId}
        search={search}
        onSearch={(next) => void navigate({ search: next })}
        withNotes={canReadRawResearch}
      />
      <div role="status" className="result-count">
        {!filters || results.isPending
          ? null
          : hits.length === 0
            ? t('search.noResults')
            : results.hasNextPage
              ? t('search.countMore', { count: hits.length })
              : t('search.count', { count: hits.length })}
      </div>
      {!filters ? (
        <p className="muted">{t('search.start')}</p>
      ) : results.isPending ? (
        <Loading />
      ) : results.isError && !results.data ? (
        <FormProblem error={results.error} />
      ) : hits.length > 0 ? (
        <>
          <ol className="search-hits" ref={listRef}>
            {hits.map((hit) => (
              <li key={`${hit.type}-${hit.id}`} className="search-hit card">
                <p className="search-hit__meta">
                  <Badge tone="info">{t(searchTypeKey(hit.type))}</Badge>{' '}
                  <span className="muted">{formatDate(locale, hit.createdAt)}</span>
                </p>
                <h2 className="search-hit__title">
                  <Link href={hrefOf(hit)} className="search-hit__link">
                    {titleOf(hit)}
                  </Link>
                </h2>
                <SnippetText snippet={hit.snippet} lang={hit.language} />
              </li>
            ))}
          </ol>
          <LoadMore
            query={results}
            count={hits.length}
            list={listRef}
            focusable=".search-hit__link"
            label={t('search.loadMore')}
          />
        </>
      ) : null}
    </>
  );
}
