import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { participantQuery } from '../../api/research-queries.ts';
import { ConsentBadge } from '../../features/research/ConsentBadge.tsx';
import { ConsentSection } from '../../features/research/participants/ConsentSection.tsx';
import { ContactSection } from '../../features/research/participants/ContactSection.tsx';
import { ParticipantDetailsForm } from '../../features/research/participants/ParticipantDetailsForm.tsx';
import { PersonalDataSection } from '../../features/research/participants/PersonalDataSection.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { formatDate } from '../../i18n/format.ts';
import { participantKindKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';

const route = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/research/participants/$participantId',
);

/** One participant: who (pseudonymously), their consent, contact details and data rights. */
export function ParticipantPage() {
  const t = useT();
  const { locale } = useLocale();
  const { participantId } = route.useParams();
  const { projectId, research, canWrite, canReadRawResearch, canHandlePersonalData } =
    useResearchProject();
  const participant = useSuspenseQuery(participantQuery(projectId, participantId)).data;
  const [announcement, setAnnouncement] = useState('');
  // Abilities say who handles personal data; a 403 from the server has the last word.
  const [forbidden, setForbidden] = useState(false);
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  // Absent for the customer member, who meets participants by code and segment only.
  const attributes = Object.entries(participant.attributes ?? {});

  return (
    <>
      <p>
        <Link href={research.participants()}>← {t('participant.backToList')}</Link>
      </p>
      <ResearchPageHeader title={t('participant.title', { code: participant.code })}>
        <p className="page-header__meta">
          <Badge tone="info">{t(participantKindKey(participant.kind))}</Badge>
          <ConsentBadge status={participant.consentStatus} erased={participant.erased} withLabel />
        </p>
      </ResearchPageHeader>
      <LiveMessage message={announcement} />
      {participant.erased ? (
        <Alert tone="info" live={false}>
          {t('participant.erasedNote')}
        </Alert>
      ) : null}

      <div className="project-layout">
        <div className="project-layout__main">
          <section className="project-section" aria-labelledby="details-heading">
            <h2 id="details-heading">{t('participant.details')}</h2>
            {editing ? (
              <ParticipantDetailsForm
                participant={participant}
                onDone={(message) => {
                  setEditing(false);
                  setAnnouncement(message);
                  requestAnimationFrame(() => editRef.current?.focus());
                }}
              />
            ) : null}
            <dl className="facts" hidden={editing}>
              <div>
                <dt>{t('participant.segment')}</dt>
                <dd>{participant.segment || t('participant.noSegment')}</dd>
              </div>
              {attributes.map(([name, value]) => (
                <div key={name}>
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
              <div>
                <dt>{t('participant.added')}</dt>
                <dd>{formatDate(locale, participant.createdAt)}</dd>
              </div>
              <div>
                <dt>{t('participant.evidenceCount')}</dt>
                <dd>
                  <Link href={research.evidence({ participantId: participant.id })}>
                    {t('participant.evidenceLink', { count: participant.evidenceCount })}
                  </Link>
                </dd>
              </div>
            </dl>
            {canReadRawResearch ? null : (
              <p className="muted">{t('participant.attributesHidden')}</p>
            )}
            {canWrite && !participant.erased && !editing ? (
              <div className="button-row">
                <Button ref={editRef} variant="secondary" onPress={() => setEditing(true)}>
                  {t('participant.edit.open')}
                </Button>
              </div>
            ) : null}
          </section>
          <ConsentSection
            participant={participant}
            canWrite={canWrite}
            onAnnounce={setAnnouncement}
          />
        </div>
        {canHandlePersonalData && !forbidden ? (
          <div className="project-layout__side">
            <ContactSection
              participant={participant}
              onAnnounce={setAnnouncement}
              onForbidden={() => setForbidden(true)}
            />
            <PersonalDataSection
              participant={participant}
              onAnnounce={setAnnouncement}
              onForbidden={() => setForbidden(true)}
            />
          </div>
        ) : null}
      </div>
    </>
  );
}
