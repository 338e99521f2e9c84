import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  EXERCISE_TARGET_MAX,
  exerciseKinds,
  methodCardKeys,
  type ExerciseKind,
} from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { addExercise, coursesKey } from '../../api/training.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { exerciseKindKey } from '../../i18n/keys.ts';
import { useCardTitles } from '../articles/CardLinks.tsx';

const counted = (kind: ExerciseKind) => kind !== 'reflection' && kind !== 'concept';

/** A facilitator adds an exercise drawn from a method card, checked from data or reflected on. */
export function ExerciseForm({
  orgId,
  courseId,
  onDone,
}: {
  orgId: string;
  courseId: string;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const { cards } = useCardTitles(orgId);
  const cardOptions = cards.map((card) => ({
    id: card.key,
    label: card.title,
    lang: card.language,
  }));
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const [cardKey, setCardKey] = useState<string>(methodCardKeys[0]);
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [kind, setKind] = useState<ExerciseKind>('evidence_items');
  const [target, setTarget] = useState('5');
  const add = useMutation({
    mutationFn: () =>
      addExercise(courseId, {
        cardKey,
        title: title.trim(),
        instructions: instructions.trim(),
        kind,
        target: counted(kind) ? Number(target) : 1,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: coursesKey }),
  });

  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="add-exercise"
      onSubmit={(event) => {
        event.preventDefault();
        const errors: Record<string, string> = {};
        if (!title.trim()) errors.title = t('validation.required');
        const n = Number(target);
        if (counted(kind) && (!Number.isInteger(n) || n < 1 || n > EXERCISE_TARGET_MAX)) {
          errors.target = t('training.exercise.targetRange', { max: EXERCISE_TARGET_MAX });
        }
        if (!form.check(errors)) return;
        add.mutate(undefined, {
          onSuccess: () => {
            setTitle('');
            setInstructions('');
            onDone(t('training.exercise.added'));
          },
          onError: (failure) => form.fail(failure),
        });
      }}
    >
      <h2 id="add-exercise">{t('training.exercise.add')}</h2>
      <FormProblem error={form.problem} />
      <Select
        name="cardKey"
        label={t('training.exercise.card')}
        options={cardOptions}
        value={cardKey}
        onChange={setCardKey}
      />
      <TextField
        name="title"
        label={t('training.exercise.title')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={200}
        isRequired
      />
      <TextField
        name="instructions"
        label={t('training.exercise.instructions')}
        value={instructions}
        onChange={setInstructions}
        errorMessage={form.errors.instructions}
        maxLength={2000}
        multiline
        rows={3}
      />
      <Select
        name="kind"
        label={t('training.exercise.kind')}
        options={exerciseKinds.map((id) => ({ id, label: t(exerciseKindKey(id)) }))}
        value={kind}
        onChange={setKind}
      />
      {counted(kind) ? (
        <TextField
          name="target"
          label={t('training.exercise.target')}
          value={target}
          onChange={setTarget}
          errorMessage={form.errors.target}
          inputMode="numeric"
          isRequired
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" isPending={add.isPending}>
          {t('training.exercise.submit')}
        </Button>
      </div>
    </Form>
  );
}
