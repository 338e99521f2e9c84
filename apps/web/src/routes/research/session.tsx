import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  sessionEvidenceQuery,
  notesQuery,
  researchKey,
  researchSessionQuery,
  tagsQuery,
} from '../../api/research-queries.ts';
import { deleteResearchSession } from '../../api/research-sessions.ts';
import { ConsentBadge } from '../../features/research/ConsentBadge.tsx';
import { EvidenceCard } from '../../features/research/evidence/EvidenceCard.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { NoteCard } from '../../features/research/sessions/NoteCard.tsx';
import { NoteForm } from '../../features/research/sessions/NoteForm.tsx';
import { useHashTarget } from '../../features/research/useHashTarget.ts';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { formatCalendarDate, formatList } from '../../i18n/format.ts';
import { sessionKindKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Loading } from '../../ui/Loading.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/research/sessions/$sessionId');

/**
 * A research session: its facts, its notes, and evidence made from passages of them; for the
 * customer member, who reads no notes, the evidence alone.
 */
export function ResearchSessionPage() {
  const t = useT();
  const { locale } = useLocale();
  const { sessionId } = route.useParams();
  const { projectId, research, canWrite, canReadRawResearch } = useResearchProject();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useSuspenseQuery(researchSessionQuery(projectId, sessionId)).data;
  // The customer member reads no notes: the server has none for them (404), so none is asked.
  const notes = useQuery({ ...notesQuery(projectId, sessionId), enabled: canReadRawResearch });
  const evidence = useQuery(sessionEvidenceQuery(projectId, sessionId));
  const tags = useQuery(tagsQuery(projectId));
  const [announcement, setAnnouncement] = useState('');
  useHashTarget(notes.data);

  const remove = async () => {
    await deleteResearchSession(projectId, sessionId);
    // Leave first, so that nothing asks for the deleted session again.
    await navigate({ href: research.sessions() });
    queryClient.removeQueries({ queryKey: researchSessionQuery(projectId, sessionId).queryKey });
    void queryClient.invalidateQueries({ queryKey: researchKey(projectId) });
  };
  const codeOf = (participantId: string | null) =>
    session.participants.find((p) => p.id === participantId)?.code ?? null;

  return (
    <>
      <p>
        <Link href={research.sessions()}>← {t('researchSession.backToList')}</Link>
      </p>
      <ResearchPageHeader
        title={session.title}
        actions={
          canWrite ? (
            <>
              <Link appearance="button-secondary" href={research.editSession(session.id)}>
                {t('researchSession.edit.button')}
              </Link>
              <ConfirmDialog
                trigger={<Button variant="secondary">{t('researchSession.delete.button')}</Button>}
                title={t('researchSession.delete.title', { title: session.title })}
                confirmLabel={t('researchSession.delete.confirm')}
                onConfirm={remove}
              >
                <p>{t('researchSession.delete.text')}</p>
              </ConfirmDialog>
            </>
          ) : null
        }
      >
        <p className="page-header__meta">
          <Badge tone="info">{t(sessionKindKey(session.kind))}</Badge>
          <span>{formatCalendarDate(locale, session.heldOn)}</span>
        </p>
      </ResearchPageHeader>
      <LiveMessage message={announcement} />

      <section className="project-section" aria-labelledby="session-details-heading">
        <h2 id="session-details-heading">{t('researchSession.details')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('researchSession.place')}</dt>
            <dd>{session.place || '–'}</dd>
          </div>
          <div>
            <dt>{t('researchSession.facilitators')}</dt>
            <dd>
              {session.facilitators.length > 0
                ? formatList(
                    locale,
                    session.facilitators.map((f) => f.displayName),
                  )
                : '–'}
            </dd>
          </div>
          <div>
            <dt>{t('researchSession.participants')}</dt>
            <dd>
              {session.participants.length === 0 ? (
                '–'
              ) : (
                <ul className="inline-list">
                  {session.participants.map((participant) => (
                    <li key={participant.id}>
                      <Link href={research.participant(participant.id)}>{participant.code}</Link>{' '}
                      <ConsentBadge status={participant.consentStatus} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('researchSession.methodNotes')}</dt>
            <dd className="preserve-lines">{session.methodNotes || '–'}</dd>
          </div>
        </dl>
      </section>

      {canReadRawResearch ? (
        <section className="page-section" aria-labelledby="notes-heading">
          <h2 id="notes-heading" tabIndex={-1}>
            {t('note.listTitle')}
          </h2>
          <p>{canWrite ? t('note.introWrite') : t('note.intro')}</p>
          {notes.isPending ? (
            <Loading />
          ) : notes.isError ? (
            <FormProblem error={notes.error} />
          ) : notes.data.items.length === 0 ? (
            <p className="muted">{t('note.empty')}</p>
          ) : (
            <div className="note-list">
              {notes.data.items.map((note, index) => (
                <NoteCard
                  key={note.id}
                  session={session}
                  note={note}
                  position={index + 1}
                  participantCode={codeOf(note.participantId)}
                  evidence={(evidence.data ?? []).filter((item) => item.noteId === note.id)}
                  tags={tags.data?.items ?? []}
                  canWrite={canWrite}
                  onAnnounce={setAnnouncement}
                />
              ))}
            </div>
          )}
          {canWrite ? <NoteForm session={session} onAnnounce={setAnnouncement} /> : null}
        </section>
      ) : (
        <section className="page-section" aria-labelledby="session-evidence-heading">
          <h2 id="session-evidence-heading">{t('researchSession.evidence.title')}</h2>
          <p>{t('researchSession.evidence.intro')}</p>
          {evidence.isPending ? (
            <Loading />
          ) : evidence.isError ? (
            <FormProblem error={evidence.error} />
          ) : evidence.data.length === 0 ? (
            <p className="muted">{t('researchSession.evidence.empty')}</p>
          ) : (
            <div className="evidence-list">
              {evidence.data.map((item) => (
                <EvidenceCard
                  key={item.id}
                  item={item}
                  tags={tags.data?.items ?? []}
                  sessionTitle={null}
                  sourceTitle={null}
                  onAnnounce={setAnnouncement}
                  headingLevel={3}
                />
              ))}
            </div>
          )}
        </section>
      )}
    </>
  );
}
