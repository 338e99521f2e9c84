import { participantKinds, type Participant } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { updateParticipant } from '../../../api/participants.ts';
import { participantKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { translateProblems } from '../translate-problems.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { attributeFieldProblems, fromAttributeRows, toAttributeRows } from './attribute-rows.ts';
import { AttributesEditor } from './AttributesEditor.tsx';

type Kind = (typeof participantKinds)[number];

/** Edits who a participant is, pseudonymously: kind, segment and free attributes. */
export function ParticipantDetailsForm({
  participant,
  onDone,
}: {
  participant: Participant;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [kind, setKind] = useState<Kind>(participant.kind);
  const [segment, setSegment] = useState(participant.segment);
  const [attributes, setAttributes] = useState(() => toAttributeRows(participant.attributes));
  const save = useResearchMutation(
    participant.projectId,
    (input: { kind: Kind; segment: string; attributes: Record<string, string> }) =>
      updateParticipant(participant.projectId, participant.id, input),
  );

  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = fromAttributeRows(attributes);
        const problems = checked.problems
          ? attributeFieldProblems(attributes, checked.problems)
          : {};
        if (!form.check(translateProblems(problems, t)) || !checked.attributes) return;
        save.mutate(
          { kind, segment: segment.trim(), attributes: checked.attributes },
          {
            onSuccess: () => onDone(t('participant.edit.saved')),
            onError: (error) => form.fail(error),
          },
        );
      }}
    >
      <FormProblem error={form.problem} />
      <div className="field-row">
        <Select
          name="kind"
          label={t('participant.kind')}
          options={participantKinds.map((id) => ({ id, label: t(participantKindKey(id)) }))}
          value={kind}
          onChange={setKind}
          errorMessage={form.errors.kind}
        />
        <TextField
          name="segment"
          label={t('participant.segment')}
          description={t('participant.segmentHint')}
          value={segment}
          onChange={setSegment}
          errorMessage={form.errors.segment}
          maxLength={200}
        />
      </div>
      <AttributesEditor rows={attributes} onChange={setAttributes} errors={form.errors} />
      <FormActions
        submitLabel={t('participant.edit.submit')}
        isPending={save.isPending}
        onCancel={() => onDone('')}
      />
    </Form>
  );
}
