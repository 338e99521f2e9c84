import type { Participant } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { updateParticipant } from '../../../api/participants.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { translateProblems } from '../translate-problems.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { attributeFieldProblems, fromAttributeRows, toAttributeRows } from './attribute-rows.ts';
import { ParticipantProfileFields, type ParticipantKind } from './ParticipantProfileFields.tsx';

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
  const [kind, setKind] = useState<ParticipantKind>(participant.kind);
  const [segment, setSegment] = useState(participant.segment);
  const [attributes, setAttributes] = useState(() => toAttributeRows(participant.attributes ?? {}));
  const save = useResearchMutation(
    participant.projectId,
    (input: { kind: ParticipantKind; segment: string; attributes?: Record<string, string> }) =>
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
          {
            kind,
            segment: segment.trim(),
            // Attributes the server did not show are not overwritten with none.
            ...(participant.attributes ? { attributes: checked.attributes } : {}),
          },
          {
            onSuccess: () => onDone(t('participant.edit.saved')),
            onError: (error) => form.fail(error),
          },
        );
      }}
    >
      <FormProblem error={form.problem} />
      <ParticipantProfileFields
        kind={kind}
        onKindChange={setKind}
        segment={segment}
        onSegmentChange={setSegment}
        attributes={attributes}
        onAttributesChange={setAttributes}
        errors={form.errors}
      />
      <FormActions
        submitLabel={t('participant.edit.submit')}
        isPending={save.isPending}
        onCancel={() => onDone('')}
      />
    </Form>
  );
}
