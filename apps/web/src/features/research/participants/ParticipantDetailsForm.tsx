import { useQueryClient } from '@tanstack/react-query';
import { Participant } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { updateParticipant } from '../../../api/participants.ts';
import { researchKey } from '../../../api/research-queries.ts';
import { participantKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { EditConflictDialog } from '../../../ui/EditConflictDialog.tsx';
import { linesOf, type ConflictField } from '../../../ui/edit-conflict.ts';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { useEditConflict } from '../../../ui/useEditConflict.ts';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { translateProblems } from '../translate-problems.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { attributeFieldProblems, fromAttributeRows, toAttributeRows } from './attribute-rows.ts';
import { ParticipantProfileFields, type ParticipantKind } from './ParticipantProfileFields.tsx';

type Details = { kind: ParticipantKind; segment: string; attributes?: Record<string, string> };

const attributeLines = (attributes: Record<string, string> | undefined) =>
  linesOf(Object.entries(attributes ?? {}).map(([name, value]) => `${name}: ${value}`));

function participantConflictFields(
  t: ReturnType<typeof useT>,
  mine: Details,
  current: Participant,
): ConflictField[] {
  return [
    {
      id: 'kind',
      label: t('participant.kind'),
      mine: t(participantKindKey(mine.kind)),
      theirs: t(participantKindKey(current.kind)),
    },
    { id: 'segment', label: t('participant.segment'), mine: mine.segment, theirs: current.segment },
    ...(mine.attributes
      ? [
          {
            id: 'attributes',
            label: t('participant.attributes.title'),
            mine: attributeLines(mine.attributes),
            theirs: attributeLines(current.attributes),
          },
        ]
      : []),
  ];
}

/** Edits who a participant is, pseudonymously: kind, segment and free attributes. */
export function ParticipantDetailsForm({
  participant,
  onDone,
}: {
  participant: Participant;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [kind, setKind] = useState<ParticipantKind>(participant.kind);
  const [segment, setSegment] = useState(participant.segment);
  const [attributes, setAttributes] = useState(() => toAttributeRows(participant.attributes ?? {}));
  // The version the form was opened on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(participant.version);
  const conflicts = useEditConflict<typeof Participant, Details>(Participant);
  const conflict = conflicts.conflict;
  const save = useResearchMutation(
    participant.projectId,
    (edit: { details: Details; version: number }) =>
      updateParticipant(participant.projectId, participant.id, {
        ...edit.details,
        version: edit.version,
      }),
  );
  const submit = (details: Details, onVersion: number) =>
    save.mutate(
      { details, version: onVersion },
      {
        onSuccess: () => onDone(t('participant.edit.saved')),
        onError: (error) => {
          if (!conflicts.catchConflict(error, details)) form.fail(error);
        },
      },
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
        submit(
          {
            kind,
            segment: segment.trim(),
            // Attributes the server did not show are not overwritten with none.
            ...(participant.attributes ? { attributes: checked.attributes } : {}),
          },
          version,
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
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={conflict ? participantConflictFields(t, conflict.mine, conflict.current) : []}
        onTakeTheirs={() => {
          conflicts.clear();
          void queryClient.invalidateQueries({ queryKey: researchKey(participant.projectId) });
          onDone(t('conflict.reloaded'));
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
