import { useQuery } from '@tanstack/react-query';
import { recentImportsQuery } from '../../../api/imports.ts';
import { importStateKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Link } from '../../../ui/Link.tsx';
import { useResearchProject } from '../useResearchProject.ts';

/** Imports started lately, to come back to one under way or see how one ended. */
export function RecentImports() {
  const t = useT();
  const { projectId, research } = useResearchProject();
  const recent = useQuery(recentImportsQuery(projectId));
  const items = recent.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="recent-imports-heading">
      <h2 id="recent-imports-heading">{t('import.recent.title')}</h2>
      <ul className="bullet-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link href={research.importRun(item.id)}>
              {t('import.recent.item', {
                title: item.title,
                state: t(importStateKey(item.state)),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
