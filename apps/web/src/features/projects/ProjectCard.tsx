import type { ProjectSummary } from '@timantti/contracts';
import { excerpt, formatDate, formatList, formatNumber } from '../../i18n/format.ts';
import { perspectiveKey, phaseKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Link } from '../../ui/Link.tsx';

export function ProjectCard({ orgSlug, project }: { orgSlug: string; project: ProjectSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const missing = project.missingPerspectives.map((p) => t(perspectiveKey(p)));
  return (
    <article className="project-card card">
      <h2 className="project-card__title">
        <Link href={paths.project(orgSlug, project.id)}>{project.name}</Link>
      </h2>
      <div className="project-card__badges">
        <Badge tone="phase">
          {t('project.phaseLabel')}: {t(phaseKey(project.phase))}
        </Badge>
        {project.archived ? <Badge>{t('project.archived')}</Badge> : null}
        {missing.length > 0 ? (
          <Badge tone="warning">
            {t('project.list.missingPerspectives', { perspectives: formatList(locale, missing) })}
          </Badge>
        ) : (
          <Badge tone="success">{t('project.team.allPerspectives')}</Badge>
        )}
      </div>
      {project.challenge ? (
        <p className="project-card__challenge">{excerpt(project.challenge)}</p>
      ) : (
        <p className="project-card__challenge muted">{t('project.noChallenge')}</p>
      )}
      <dl className="project-card__meta">
        <div>
          <dt>{t('project.team.size')}</dt>
          <dd>{formatNumber(locale, project.teamSize)}</dd>
        </div>
        <div>
          <dt>{t('project.updated')}</dt>
          <dd>{formatDate(locale, project.updatedAt)}</dd>
        </div>
      </dl>
    </article>
  );
}
