import { keepPreviousData, useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Phase } from '@timantti/contracts';
import { useMemo, useRef } from 'react';
import { organisationQuery, projectsQuery } from '../api/queries.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { ProjectCard } from '../features/projects/ProjectCard.tsx';
import { ProjectFilters } from '../features/projects/ProjectFilters.tsx';
import { useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Alert } from '../ui/Alert.tsx';
import { Link } from '../ui/Link.tsx';
import { LoadMore } from '../ui/LoadMore.tsx';
import { Loading } from '../ui/Loading.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { problemTitle } from '../ui/problem.ts';

export interface ProjectsSearch {
  q?: string;
  phase?: Phase;
  archived?: boolean;
}

/** The filters of the address, with an unknown phase left out. */
function projectsSearch({ phase, ...rest }: { phase?: string } & Omit<ProjectsSearch, 'phase'>) {
  const known = Phase.safeParse(phase);
  return known.success ? { ...rest, phase: known.data } : rest;
}

const route = getRouteApi('/signed-in/o/$orgSlug/projects');

export function ProjectsPage() {
  const t = useT();
  const { org } = route.useRouteContext();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const address = route.useSearch();
  const search: ProjectsSearch = useMemo(() => projectsSearch(address), [address]);
  const navigate = route.useNavigate();
  const filters = {
    q: search.q?.trim() || undefined,
    phase: search.phase,
    archived: search.archived,
  };
  const projects = useInfiniteQuery({
    ...projectsQuery(org.id, filters),
    placeholderData: keepPreviousData,
  });
  const listRef = useRef<HTMLUListElement>(null);
  const items = projects.data?.pages.flatMap((page) => page.items) ?? [];
  const total = projects.data?.pages[0]?.total ?? items.length;
  const filtered = Boolean(filters.q || filters.phase || filters.archived);
  useDocumentTitle(t('project.list.title'), organisation.name);

  return (
    <>
      <div className="page-header">
        <div>
          <p className="page-header__context">{organisation.name}</p>
          <PageHeading>{t('project.list.title')}</PageHeading>
        </div>
        {organisation.abilities.createProject ? (
          <Link appearance="button" href={paths.newProject(org.slug)}>
            {t('project.list.new')}
          </Link>
        ) : null}
      </div>

      <ProjectFilters
        search={search}
        onChange={(next) => void navigate({ search: next, replace: true })}
      />

      <div role="status" className="result-count">
        {projects.data
          ? items.length < total
            ? t('project.list.countShown', { shownCount: items.length, count: total })
            : t('project.list.count', { count: total })
          : null}
      </div>

      {projects.isPending ? (
        <Loading />
      ) : projects.isError ? (
        <Alert tone="error" title={problemTitle(projects.error, t)}>
          <p>{t('error.text')}</p>
        </Alert>
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p>{filtered ? t('project.list.noMatches') : t('project.list.empty')}</p>
        </div>
      ) : (
        <>
          <ul className="project-list" aria-busy={projects.isPlaceholderData} ref={listRef}>
            {items.map((project) => (
              <li key={project.id}>
                <ProjectCard orgSlug={org.slug} project={project} />
              </li>
            ))}
          </ul>
          <LoadMore
            query={projects}
            count={items.length}
            list={listRef}
            focusable=".project-card__title a"
            label={t('project.list.loadMore')}
          />
        </>
      )}
    </>
  );
}
