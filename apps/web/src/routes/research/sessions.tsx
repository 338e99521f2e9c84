import { useSuspenseQuery } from '@tanstack/react-query';
import { researchSessionsQuery } from '../../api/research-queries.ts';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { formatCalendarDate, formatList, formatNumber } from '../../i18n/format.ts';
import { sessionKindKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Link } from '../../ui/Link.tsx';

/** Interviews, workshops, observations, surveys, tests and desk studies of the project. */
export function ResearchSessionsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, research, canWrite, canReadRawResearch } = useResearchProject();
  const sessions = useSuspenseQuery(researchSessionsQuery(projectId)).data.items;

  return (
    <>
      <ResearchPageHeader
        title={t('researchSession.list.title')}
        intro={t('researchSession.list.intro')}
        actions={
          canWrite ? (
            <Link appearance="button" href={research.newSession()}>
              {t('researchSession.list.new')}
            </Link>
          ) : null
        }
      />
      {sessions.length === 0 ? (
        <div className="empty-state">
          <p>{t('researchSession.list.empty')}</p>
        </div>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('researchSession.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('researchSession.titleField')}</th>
                <th scope="col">{t('researchSession.kind')}</th>
                <th scope="col">{t('researchSession.heldOn')}</th>
                <th scope="col">{t('researchSession.facilitators')}</th>
                <th scope="col">{t('researchSession.participantCount')}</th>
                {canReadRawResearch ? <th scope="col">{t('researchSession.noteCount')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    <Link href={research.session(session.id)}>{session.title}</Link>
                  </th>
                  <td>{t(sessionKindKey(session.kind))}</td>
                  <td>{formatCalendarDate(locale, session.heldOn)}</td>
                  <td>
                    {session.facilitators.length > 0
                      ? formatList(
                          locale,
                          session.facilitators.map((f) => f.displayName),
                        )
                      : '–'}
                  </td>
                  <td>{formatNumber(locale, session.participants.length)}</td>
                  {canReadRawResearch ? (
                    <td>{formatNumber(locale, session.noteCount ?? 0)}</td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
