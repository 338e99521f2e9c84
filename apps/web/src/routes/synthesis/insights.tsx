import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { boardsQuery } from '../../api/boards.ts';
import { insightsQuery } from '../../api/insights.ts';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { WriteInsightSection } from '../../features/synthesis/WriteInsightSection.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { Link } from '../../ui/Link.tsx';

/** The project's insights: each statement, its question and how much evidence stands behind it. */
export function InsightsPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { projectId, synthesis, canWrite } = useSynthesisProject();
  const insights = useSuspenseQuery(insightsQuery(projectId)).data.items;
  const boards = useQuery(boardsQuery(projectId)).data?.items ?? [];
  const [writing, setWriting] = useState(false);
  const writeRef = useRef<HTMLButtonElement>(null);
  // After writing is cancelled, focus returns to its button once the button is back.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (writing || !returnFocus.current) return;
    returnFocus.current = false;
    writeRef.current?.focus();
  }, [writing]);
  const count = (n: number) => formatNumber(locale, n);

  return (
    <>
      <SynthesisPageHeader
        title={t('insight.list.title')}
        intro={t('insight.list.intro')}
        actions={
          canWrite && !writing ? (
            <Button
              ref={writeRef}
              onPress={() => {
                setWriting(true);
                requestAnimationFrame(() =>
                  document
                    .querySelector<HTMLElement>('.write-insight input, .write-insight button')
                    ?.focus(),
                );
              }}
            >
              {t('insight.write.open')}
            </Button>
          ) : null
        }
      />
      {writing ? (
        <WriteInsightSection
          projectId={projectId}
          onCreated={(insight) => void navigate({ href: synthesis.insight(insight.id) })}
          onCancel={() => {
            setWriting(false);
            returnFocus.current = true;
          }}
        />
      ) : null}

      <div role="status" className="result-count">
        {t('insight.list.count', { count: insights.length })}
      </div>
      {insights.length === 0 ? (
        <div className="empty-state">
          <p>{canWrite ? t('insight.list.emptyEdit') : t('insight.list.empty')}</p>
        </div>
      ) : (
        <ul className="insight-list">
          {insights.map((insight) => {
            const headingId = `insight-${insight.id}-title`;
            const board = boards.find((b) => b.id === insight.boardId);
            return (
              <li key={insight.id}>
                <article className="card insight-card" aria-labelledby={headingId}>
                  <h2 id={headingId} className="insight-card__statement">
                    <Link href={synthesis.insight(insight.id)}>{insight.statement}</Link>
                  </h2>
                  {insight.hmw ? <p className="insight-card__hmw">{insight.hmw}</p> : null}
                  <dl className="evidence__facts">
                    <div>
                      <dt>{t('insight.evidenceCount')}</dt>
                      <dd>{count(insight.evidenceCount)}</dd>
                    </div>
                    <div>
                      <dt>{t('insight.participantCount')}</dt>
                      <dd>{count(insight.participantCount)}</dd>
                    </div>
                    <div>
                      <dt>{t('insight.sessionCount')}</dt>
                      <dd>{count(insight.sessionCount)}</dd>
                    </div>
                    {board ? (
                      <div>
                        <dt>{t('insight.board')}</dt>
                        <dd>
                          <Link href={synthesis.board(board.id)}>{board.title}</Link>
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
