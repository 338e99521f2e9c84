import { useQuery } from '@tanstack/react-query';
import {
  researchSessionKinds,
  type Participant,
  type ResearchSession,
  type ResearchSessionInput,
} from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { membersQuery } from '../../../api/queries.ts';
import { todayIso } from '../../../i18n/format.ts';
import { sessionKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Checkbox, CheckboxGroup } from '../../../ui/Checkbox.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import type { useFormErrors } from '../../../ui/useFormErrors.ts';
import { FormActions } from '../../../ui/FormActions.tsx';

type Kind = (typeof researchSessionKinds)[number];

/** A research session: what kind, when and where, who facilitated, who took part, the method. */
export function SessionForm({
  organisationId,
  participants,
  initial,
  form,
  submitLabel,
  isPending,
  onSubmit,
  onCancel,
}: {
  organisationId: string;
  participants: Participant[];
  initial?: ResearchSession;
  form: ReturnType<typeof useFormErrors>;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (input: z.input<typeof ResearchSessionInput>) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const members = useQuery(membersQuery(organisationId));
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'interview');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [heldOn, setHeldOn] = useState(initial?.heldOn ?? todayIso());
  const [place, setPlace] = useState(initial?.place ?? '');
  const [methodNotes, setMethodNotes] = useState(initial?.methodNotes ?? '');
  const [facilitatorIds, setFacilitatorIds] = useState(
    () => initial?.facilitators.map((f) => f.userId) ?? [],
  );
  const [participantIds, setParticipantIds] = useState(
    () => initial?.participants.map((p) => p.id) ?? [],
  );
  // An erased participant cannot be added again, but one already there stays listed.
  const choosable = participants.filter((p) => !p.erased || participantIds.includes(p.id));

  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const errors: Record<string, string> = {};
        if (!title.trim()) errors.title = t('validation.required');
        if (!heldOn) errors.heldOn = t('validation.required');
        if (!form.check(errors)) return;
        onSubmit({
          kind,
          title: title.trim(),
          heldOn,
          place: place.trim(),
          methodNotes: methodNotes.trim(),
          facilitatorIds,
          participantIds,
        });
      }}
    >
      <FormProblem error={form.problem} />
      <div className="field-row">
        <Select
          name="kind"
          label={t('researchSession.kind')}
          options={researchSessionKinds.map((id) => ({ id, label: t(sessionKindKey(id)) }))}
          value={kind}
          onChange={setKind}
          errorMessage={form.errors.kind}
        />
        <TextField
          name="heldOn"
          type="date"
          label={t('researchSession.heldOn')}
          value={heldOn}
          onChange={setHeldOn}
          errorMessage={form.errors.heldOn}
          isRequired
        />
      </div>
      <TextField
        name="title"
        label={t('researchSession.titleField')}
        description={t('researchSession.titleHint')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={200}
        isRequired
      />
      <TextField
        name="place"
        label={t('researchSession.place')}
        value={place}
        onChange={setPlace}
        errorMessage={form.errors.place}
        maxLength={200}
      />
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <FormProblem error={members.error} />
      ) : (
        <CheckboxGroup
          name="facilitatorIds"
          label={t('researchSession.facilitators')}
          value={facilitatorIds}
          onChange={setFacilitatorIds}
          errorMessage={form.errors.facilitatorIds}
        >
          {members.data.items.map((member) => (
            <Checkbox key={member.userId} value={member.userId}>
              {member.displayName}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      {choosable.length === 0 ? (
        <p className="muted">{t('researchSession.noParticipants')}</p>
      ) : (
        <CheckboxGroup
          name="participantIds"
          label={t('researchSession.participants')}
          description={t('researchSession.participantsHint')}
          value={participantIds}
          onChange={setParticipantIds}
          errorMessage={form.errors.participantIds}
        >
          {choosable.map((participant) => (
            <Checkbox key={participant.id} value={participant.id}>
              {participant.segment
                ? t('researchSession.participantOption', {
                    code: participant.code,
                    segment: participant.segment,
                  })
                : participant.code}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      <TextField
        name="methodNotes"
        label={t('researchSession.methodNotes')}
        description={t('researchSession.methodNotesHint')}
        value={methodNotes}
        onChange={setMethodNotes}
        errorMessage={form.errors.methodNotes}
        maxLength={10_000}
        multiline
        rows={6}
      />
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </Form>
  );
}
