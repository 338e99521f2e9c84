import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Phase } from '@timantti/contracts';
import { useState } from 'react';
import { organisationQuery, projectQuery } from '../api/queries.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { ArchiveControl } from '../features/projects/ArchiveControl.tsx';
import { Checklists } from '../features/projects/Checklists.tsx';
import { PhaseStepper } from '../features/projects/PhaseStepper.tsx';
import { ProjectOverview } from '../features/projects/ProjectOverview.tsx';
import { TeamSection } from '../features/projects/TeamSection.tsx';
import { ResearchSection } from '../features/research/ResearchSection.tsx';
import { SynthesisSection } from '../features/synthesis/SynthesisSection.tsx';
import { formatDate } from '../i18n/format.ts';
import { phaseKey } from '../i18n/keys.ts';
import { useLocale, useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Alert } from '../ui/Alert.tsx';
import { Badge } from '../ui/Badge.tsx';
import { Link } from '../ui/Link.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId');

export function ProjectPage() {
  const t = useT();
  const { locale } = useLocale();
  const { org } = route.useRouteContext();
  const { projectId } = route.useParams();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const project = useSuspenseQuery(projectQuery(projectId)).data;
  const [checklistPhase, setChecklistPhase] = useState<Phase>(project.phase);
  useDocumentTitle(project.name, organisation.name);

  return (
    <>
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.projects(org.slug)}>{t('project.list.title')}</Link>
          </li>
          <li aria-current="page">{project.name}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <PageHeading>{project.name}</PageHeading>
          <p className="page-header__meta">
            <Badge tone="phase">
              {t('project.phaseLabel')}: {t(phaseKey(project.phase))}
            </Badge>{' '}
            {project.archived ? <Badge>{t('project.archived')}</Badge> : null}{' '}
            <span className="muted">
              {t('project.updatedOn', { date: formatDate(locale, project.updatedAt) })}
            </span>
          </p>
        </div>
        <ArchiveControl project={project} />
      </div>
      {project.archived ? (
        <Alert tone="info" className="archived-note">
          {t('project.archive.archivedNote')}
        </Alert>
      ) : null}

      <div className="project-layout">
        <div className="project-layout__main">
          <ProjectOverview project={project} />
          <ResearchSection orgSlug={org.slug} project={project} />
          <SynthesisSection orgSlug={org.slug} project={project} />
          <section className="project-section" aria-labelledby="phases-heading">
            <h2 id="phases-heading">{t('project.phase.title')}</h2>
            <p className="muted">{t('project.phase.intro')}</p>
            <PhaseStepper project={project} onPhaseChanged={setChecklistPhase} />
            <h3 className="subsection-heading">{t('project.checklist.title')}</h3>
            <Checklists
              orgSlug={org.slug}
              project={project}
              selectedPhase={checklistPhase}
              onSelectPhase={setChecklistPhase}
            />
          </section>
        </div>
        <div className="project-layout__side">
          <TeamSection project={project} />
        </div>
      </div>
    </>
  );
}
