import { useSuspenseQuery } from '@tanstack/react-query';
import { participantsQuery } from '../../api/research-queries.ts';
import { ConsentBadge } from '../../features/research/ConsentBadge.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { participantKindKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Link } from '../../ui/Link.tsx';

/** Participants by pseudonymous code, with their consent status. */
export function ParticipantsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, research, canWrite } = useResearchProject();
  const participants = useSuspenseQuery(participantsQuery(projectId)).data.items;

  return (
    <>
      <ResearchPageHeader
        title={t('participant.list.title')}
        intro={t('participant.list.intro')}
        actions={
          canWrite ? (
            <Link appearance="button" href={research.newParticipant()}>
              {t('participant.list.new')}
            </Link>
          ) : null
        }
      />
      {participants.length === 0 ? (
        <div className="empty-state">
          <p>{t('participant.list.empty')}</p>
        </div>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('participant.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participant.code')}</th>
                <th scope="col">{t('participant.kind')}</th>
                <th scope="col">{t('participant.segment')}</th>
                <th scope="col">{t('consent.title')}</th>
                <th scope="col">{t('participant.evidenceCount')}</th>
                <th scope="col">{t('participant.added')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => (
                <tr key={participant.id}>
                  <th scope="row">
                    <Link href={research.participant(participant.id)}>{participant.code}</Link>
                  </th>
                  <td>{t(participantKindKey(participant.kind))}</td>
                  <td>{participant.segment || <span className="muted">–</span>}</td>
                  <td>
                    <ConsentBadge status={participant.consentStatus} erased={participant.erased} />
                  </td>
                  <td>{formatNumber(locale, participant.evidenceCount)}</td>
                  <td>{formatDate(locale, participant.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
