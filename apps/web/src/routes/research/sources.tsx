import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteSource } from '../../api/evidence.ts';
import { sourcesQuery } from '../../api/research-queries.ts';
import { focusAfterDialog } from '../../features/layout/focus.ts';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import {
  useResearchMutation,
  useResearchProject,
} from '../../features/research/useResearchProject.ts';
import { useHashTarget } from '../../features/research/useHashTarget.ts';
import { sourceKindKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';

/** Desk research: studies, reports, statistics, future trends and best practices, cited. */
export function SourcesPage() {
  const t = useT();
  const { projectId, research, canWrite } = useResearchProject();
  const sources = useSuspenseQuery(sourcesQuery(projectId)).data.items;
  const [announcement, setAnnouncement] = useState('');
  const remove = useResearchMutation(projectId, (sourceId: string) =>
    deleteSource(projectId, sourceId),
  );
  useHashTarget(sources);

  return (
    <>
      <ResearchPageHeader
        title={t('source.list.title')}
        intro={t('source.list.intro')}
        actions={
          canWrite ? (
            <Link appearance="button" href={research.newSource()}>
              {t('source.list.new')}
            </Link>
          ) : null
        }
      />
      <LiveMessage message={announcement} />
      {sources.length === 0 ? (
        <div className="empty-state">
          <p>{t('source.list.empty')}</p>
        </div>
      ) : (
        <ul className="source-list">
          {sources.map((source) => {
            const headingId = `source-${source.id}-title`;
            return (
              <li key={source.id}>
                <article
                  className="card source"
                  id={`source-${source.id}`}
                  tabIndex={-1}
                  aria-labelledby={headingId}
                >
                  <h2 id={headingId} className="source__title" lang={source.language}>
                    {source.url ? (
                      <a href={source.url} rel="noopener noreferrer" target="_blank">
                        {source.title}
                        <span className="visually-hidden"> ({t('source.opensInNewTab')})</span>
                      </a>
                    ) : (
                      source.title
                    )}
                  </h2>
                  <p className="page-header__meta">
                    <Badge tone="info">{t(sourceKindKey(source.kind))}</Badge>
                    {source.author || source.year ? (
                      <span>
                        {[source.author, source.year ? String(source.year) : '']
                          .filter(Boolean)
                          .join(', ')}
                      </span>
                    ) : null}
                  </p>
                  {source.summary ? (
                    <p className="preserve-lines" lang={source.language}>
                      {source.summary}
                    </p>
                  ) : null}
                  {source.citation ? (
                    <p className="source__citation">
                      <span className="muted">{t('source.citation')}: </span>
                      {source.citation}
                    </p>
                  ) : null}
                  {canWrite ? (
                    <div className="button-row">
                      <Link
                        appearance="button-secondary"
                        href={research.editSource(source.id)}
                        aria-describedby={headingId}
                      >
                        {t('common.edit')}
                      </Link>
                      <ConfirmDialog
                        trigger={
                          <Button variant="tertiary" aria-describedby={headingId}>
                            {t('common.delete')}
                          </Button>
                        }
                        title={t('source.deleteTitle', { title: source.title })}
                        confirmLabel={t('source.deleteConfirm')}
                        onConfirm={() =>
                          remove.mutateAsync(source.id).then(() => {
                            setAnnouncement(t('source.deleted', { title: source.title }));
                            focusAfterDialog(() => document.querySelector<HTMLElement>('#main h1'));
                          })
                        }
                      >
                        <p>{t('source.deleteText')}</p>
                      </ConfirmDialog>
                    </div>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
