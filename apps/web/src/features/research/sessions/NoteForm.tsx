import { type ResearchSession } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { createNote } from '../../../api/research-sessions.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { TextLanguageSelect, type TextLanguage } from '../TextLanguageSelect.tsx';

const NO_PARTICIPANT = 'none';

/** Writes or pastes a note or a transcript of the session, optionally about one participant. */
export function NoteForm({
  session,
  onAnnounce,
}: {
  session: ResearchSession;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [language, setLanguage] = useState<TextLanguage>('fi');
  const [participantId, setParticipantId] = useState<string>(NO_PARTICIPANT);
  const create = useResearchMutation(session.projectId, () =>
    createNote(session.projectId, session.id, {
      title: title.trim(),
      body,
      language,
      participantId: participantId === NO_PARTICIPANT ? null : participantId,
    }),
  );

  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="new-note-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(body.trim() ? {} : { body: t('validation.required') })) return;
        create.mutate(undefined, {
          onSuccess: (note) => {
            setTitle('');
            setBody('');
            onAnnounce(t('note.created', { title: note.title || t('note.untitledShort') }));
          },
          onError: (error) => form.fail(error),
        });
      }}
    >
      <h3 id="new-note-heading">{t('note.newTitle')}</h3>
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
      <TextField
        name="body"
        label={t('note.bodyField')}
        description={t('note.bodyHint')}
        value={body}
        onChange={setBody}
        errorMessage={form.errors.body}
        maxLength={200_000}
        multiline
        rows={10}
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
      <div className="form__actions">
        <Button type="submit" isPending={create.isPending}>
          {t('note.save')}
        </Button>
      </div>
    </Form>
  );
}
