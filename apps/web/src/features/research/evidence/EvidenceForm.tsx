import {
  evidenceKinds,
  type Participant,
  type ResearchSession,
  type Source,
  type Tag,
} from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { createEvidence } from '../../../api/evidence.ts';
import { evidenceKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { TagPicker } from './TagPicker.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { TextLanguageSelect, type TextLanguage } from '../TextLanguageSelect.tsx';

type Kind = (typeof evidenceKinds)[number];
const NONE = 'none';

/** Evidence written directly: a fact from a source, or an observation about a participant. */
export function EvidenceForm({
  projectId,
  participants,
  sessions,
  sources,
  tags,
  onCreated,
  onCancel,
  onAnnounce,
}: {
  projectId: string;
  participants: Participant[];
  sessions: ResearchSession[];
  sources: Source[];
  tags: Tag[];
  onCreated: () => void;
  onCancel: () => void;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [kind, setKind] = useState<Kind>('fact');
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<TextLanguage>('fi');
  const [participantId, setParticipantId] = useState(NONE);
  const [sourceId, setSourceId] = useState(NONE);
  const [sessionId, setSessionId] = useState(NONE);
  const [tagIds, setTagIds] = useState<string[]>([]);
  const create = useResearchMutation(projectId, () =>
    createEvidence(projectId, {
      kind,
      text: text.trim(),
      language,
      participantId: participantId === NONE ? null : participantId,
      sourceId: sourceId === NONE ? null : sourceId,
      sessionId: sessionId === NONE ? null : sessionId,
      tagIds,
    }),
  );
  // New material may cite only participants whose consent is valid.
  const citable = participants.filter((p) => p.consentStatus === 'valid' && !p.erased);

  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="write-evidence-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(text.trim() ? {} : { text: t('validation.required') })) return;
        create.mutate(undefined, {
          onSuccess: () => {
            onAnnounce(t('evidence.created'));
            onCreated();
          },
          onError: (error) => form.fail(error, { consent_not_valid: 'participantId' }),
        });
      }}
    >
      <h2 id="write-evidence-heading">{t('evidence.write.title')}</h2>
      <FormProblem error={form.problem} />
      <div className="field-row">
        <Select
          name="kind"
          label={t('evidence.kind')}
          options={evidenceKinds.map((id) => ({ id, label: t(evidenceKindKey(id)) }))}
          value={kind}
          onChange={setKind}
          errorMessage={form.errors.kind}
        />
        <TextLanguageSelect
          label={t('evidence.language')}
          value={language}
          onChange={setLanguage}
          errorMessage={form.errors.language}
        />
      </div>
      <TextField
        name="text"
        label={t('evidence.text')}
        value={text}
        onChange={setText}
        errorMessage={form.errors.text}
        maxLength={10_000}
        multiline
        rows={4}
        isRequired
      />
      <div className="field-row">
        <Select
          name="sourceId"
          label={t('evidence.source')}
          options={[
            { id: NONE, label: t('evidence.noSource') },
            ...sources.map((source) => ({ id: source.id, label: source.title })),
          ]}
          value={sourceId}
          onChange={setSourceId}
          errorMessage={form.errors.sourceId}
        />
        <Select
          name="participantId"
          label={t('evidence.participant')}
          description={t('evidence.participantHint')}
          options={[
            { id: NONE, label: t('evidence.noParticipant') },
            ...citable.map((p) => ({ id: p.id, label: p.code })),
          ]}
          value={participantId}
          onChange={setParticipantId}
          errorMessage={form.errors.participantId}
        />
        <Select
          name="sessionId"
          label={t('evidence.session')}
          options={[
            { id: NONE, label: t('evidence.noSession') },
            ...sessions.map((session) => ({ id: session.id, label: session.title })),
          ]}
          value={sessionId}
          onChange={setSessionId}
          errorMessage={form.errors.sessionId}
        />
      </div>
      <TagPicker
        projectId={projectId}
        tags={tags}
        value={tagIds}
        onChange={setTagIds}
        label={t('evidence.tags')}
        canCreate
        onAnnounce={onAnnounce}
      />
      <FormActions
        submitLabel={t('evidence.write.submit')}
        isPending={create.isPending}
        onCancel={onCancel}
      />
    </Form>
  );
}
