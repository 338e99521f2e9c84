import { useQueryClient } from '@tanstack/react-query';
import { Note, plainTextOf, type ResearchSession, type RichTextDoc } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { researchKey } from '../../../api/research-queries.ts';
import { createNote, updateNote } from '../../../api/research-sessions.ts';
import { localeKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { EditConflictDialog } from '../../../ui/EditConflictDialog.tsx';
import type { ConflictField } from '../../../ui/edit-conflict.ts';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { RichTextEditor } from '../../../ui/rich-text/lazy.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useEditConflict } from '../../../ui/useEditConflict.ts';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { TextLanguageSelect, type TextLanguage } from '../TextLanguageSelect.tsx';

const NO_PARTICIPANT = 'none';

type NoteValues = {
  title: string;
  content: RichTextDoc;
  language: TextLanguage;
  participantId: string | null;
};

function noteConflictFields(
  t: ReturnType<typeof useT>,
  session: ResearchSession,
  mine: NoteValues,
  current: Note,
): ConflictField[] {
  const participant = (id: string | null) =>
    session.participants.find((p) => p.id === id)?.code ?? t('note.noParticipant');
  return [
    { id: 'title', label: t('note.titleField'), mine: mine.title, theirs: current.title },
    {
      id: 'body',
      label: t('note.bodyField'),
      mine: plainTextOf(mine.content),
      theirs: current.body,
    },
    {
      id: 'language',
      label: t('note.language'),
      mine: t(localeKey(mine.language)),
      theirs: t(localeKey(current.language)),
    },
    {
      id: 'participantId',
      label: t('note.participantField'),
      mine: participant(mine.participantId),
      theirs: participant(current.participantId),
    },
  ];
}

/**
 * Writes or pastes a note or a transcript of the session as rich text, optionally about one
 * participant; or edits one (`note`), on the version it was opened on.
 */
export function NoteForm({
  session,
  note,
  onAnnounce,
  onDone,
}: {
  session: ResearchSession;
  note?: Note;
  onAnnounce: (message: string) => void;
  onDone?: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [title, setTitle] = useState(note?.title ?? '');
  const [content, setContent] = useState<RichTextDoc | null>(note?.content ?? null);
  // Remounts the editor to empty it after a new note is saved.
  const [editorKey, setEditorKey] = useState(0);
  const [language, setLanguage] = useState<TextLanguage>(note?.language ?? 'fi');
  const [participantId, setParticipantId] = useState<string>(note?.participantId ?? NO_PARTICIPANT);
  // The version the edit was opened on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(note?.version ?? 0);
  const conflicts = useEditConflict<typeof Note, NoteValues>(Note);
  const conflict = conflicts.conflict;
  const save = useResearchMutation(
    session.projectId,
    (edit: { values: NoteValues; version: number }) =>
      note
        ? updateNote(session.projectId, note.id, { ...edit.values, version: edit.version })
        : createNote(session.projectId, session.id, edit.values),
  );
  const submit = (values: NoteValues, onVersion: number) =>
    save.mutate(
      { values, version: onVersion },
      {
        onSuccess: (saved) => {
          const name = saved.title || t('note.untitledShort');
          if (note) {
            onAnnounce(t('note.updated', { title: name }));
            onDone?.();
            return;
          }
          setTitle('');
          setContent(null);
          setEditorKey((key) => key + 1);
          onAnnounce(t('note.created', { title: name }));
        },
        onError: (error) => {
          if (!conflicts.catchConflict(error, values)) form.fail(error);
        },
      },
    );
  const headingId = note ? `edit-note-${note.id}-heading` : 'new-note-heading';

  return (
    <Form
      id={form.formId}
      className={note ? 'form' : 'form card'}
      validationBehavior="aria"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        const doc = content && plainTextOf(content).trim() ? content : null;
        if (!form.check(doc ? {} : { content: t('validation.required') }) || !doc) return;
        const values = {
          title: title.trim(),
          content: doc,
          language,
          participantId: participantId === NO_PARTICIPANT ? null : participantId,
        };
        submit(values, version);
      }}
    >
      <h3 id={headingId}>{note ? t('note.editTitle') : t('note.newTitle')}</h3>
      <FormProblem error={form.problem} />
      <TextField
        name="title"
        label={t('note.titleField')}
        description={t('note.titleHint')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={200}
      />
      <RichTextEditor
        key={editorKey}
        label={t('note.bodyField')}
        description={note ? t('note.editHint') : t('note.bodyHint')}
        defaultValue={note?.content}
        onChange={setContent}
        errorMessage={form.errors.content}
        lang={language}
        isRequired
      />
      <div className="field-row">
        <TextLanguageSelect
          label={t('note.language')}
          value={language}
          onChange={setLanguage}
          errorMessage={form.errors.language}
        />
        <Select
          name="participantId"
          label={t('note.participantField')}
          options={[
            { id: NO_PARTICIPANT, label: t('note.noParticipant') },
            ...session.participants.map((p) => ({ id: p.id, label: p.code })),
          ]}
          value={participantId}
          onChange={setParticipantId}
          errorMessage={form.errors.participantId}
        />
      </div>
      <FormActions
        submitLabel={note ? t('note.saveChanges') : t('note.save')}
        isPending={save.isPending}
        onCancel={onDone}
      />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={conflict ? noteConflictFields(t, session, conflict.mine, conflict.current) : []}
        onTakeTheirs={() => {
          conflicts.clear();
          void queryClient.invalidateQueries({ queryKey: researchKey(session.projectId) });
          onAnnounce(t('conflict.reloaded'));
          onDone?.();
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          setVersion(conflict.current.version);
          submit(conflict.mine, conflict.current.version);
        }}
        onDismiss={conflicts.clear}
      />
    </Form>
  );
}
