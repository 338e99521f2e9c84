import type { Evidence, Note, ResearchSession, Tag } from '@timantti/contracts';
import { useState } from 'react';
import { deleteNote } from '../../../api/research-sessions.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { evidenceKindKey, localeKey } from '../../../i18n/keys.ts';
import { useLocale, useT } from '../../../i18n/LocaleProvider.tsx';
import { Badge } from '../../../ui/Badge.tsx';
import { Button } from '../../../ui/Button.tsx';
import { ConfirmDialog } from '../../../ui/Dialog.tsx';
import { focusAfterDialog } from '../../layout/focus.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { NoteForm } from './NoteForm.tsx';
import { PassageEvidenceForm } from './PassageEvidenceForm.tsx';

/** A note or transcript, its passages made into evidence, and the tools to make more. */
export function NoteCard({
  session,
  note,
  position,
  participantCode,
  evidence,
  tags,
  canWrite,
  onAnnounce,
}: {
  session: ResearchSession;
  note: Note;
  position: number;
  participantCode: string | null;
  evidence: Evidence[];
  tags: Tag[];
  canWrite: boolean;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const projectId = session.projectId;
  const [editing, setEditing] = useState(false);
  const title = note.title || t('note.untitled', { position });
  const editButtonId = `note-${note.id}-edit`;
  const remove = useResearchMutation(projectId, () => deleteNote(projectId, note.id));

  return (
    <article
      className="note card"
      id={`note-${note.id}`}
      tabIndex={-1}
      aria-labelledby={`note-${note.id}-title`}
    >
      <div className="section-header">
        <h3 id={`note-${note.id}-title`} className="note__title">
          {title}
        </h3>
        {canWrite && !editing ? (
          <div className="section-header__actions">
            <Button
              id={editButtonId}
              variant="tertiary"
              size="small"
              aria-label={t('note.editNamed', { title })}
              onPress={() => setEditing(true)}
            >
              {t('common.edit')}
            </Button>
            <ConfirmDialog
              trigger={
                <Button
                  variant="tertiary"
                  size="small"
                  aria-label={t('note.deleteNamed', { title })}
                >
                  {t('common.delete')}
                </Button>
              }
              title={t('note.deleteTitle', { title })}
              confirmLabel={t('note.deleteConfirm')}
              onConfirm={() =>
                remove.mutateAsync(undefined).then(() => {
                  onAnnounce(t('note.deleted', { title }));
                  focusAfterDialog(() => document.getElementById('notes-heading'));
                })
              }
            >
              <p>{t('note.deleteText')}</p>
            </ConfirmDialog>
          </div>
        ) : null}
      </div>
      <p className="note__meta">
        <Badge>{t(localeKey(note.language))}</Badge>
        {participantCode ? (
          <Badge tone="info">{t('note.participant', { code: participantCode })}</Badge>
        ) : null}
        <span className="muted">{formatDateTime(locale, note.createdAt)}</span>
      </p>
      {editing ? (
        <NoteForm
          session={session}
          note={note}
          onAnnounce={onAnnounce}
          onDone={() => {
            setEditing(false);
            // The edit button comes back after this render; focus goes back to it.
            requestAnimationFrame(() => document.getElementById(editButtonId)?.focus());
          }}
        />
      ) : (
        <PassageEvidenceForm
          projectId={projectId}
          note={note}
          evidence={evidence}
          label={t('note.body', { title })}
          tags={tags}
          canWrite={canWrite}
          onAnnounce={onAnnounce}
        />
      )}
      <h4 className="note__evidence-title">
        {t('note.evidenceTitle', { count: evidence.length })}
      </h4>
      {evidence.length === 0 ? (
        <p className="muted">{t('note.noEvidence')}</p>
      ) : (
        <ul className="note__evidence">
          {evidence.map((item) => (
            <li key={item.id}>
              <Badge tone="info">{t(evidenceKindKey(item.kind))}</Badge>{' '}
              <q lang={item.language}>{item.text}</q>
              {item.noteStart === null ? (
                <>
                  {' '}
                  <Badge tone="warning">{t('note.passageGone')}</Badge>
                </>
              ) : null}
              {item.tags.length > 0 ? (
                <span className="muted"> ({item.tags.map((tag) => tag.name).join(', ')})</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
