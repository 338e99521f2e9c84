import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IDEA_MAX_LENGTH, type InsightSummary } from '@timantti/contracts';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { createIdea, ideasKey, uploadSketch } from '../../api/ideas.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { cx } from '../../ui/classes.ts';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const CHALLENGE = 'challenge';
const sketchProblems = {
  sketch_type_unsupported: 'sketch',
  payload_too_large: 'sketch',
  unsupported_media_type: 'sketch',
} as const;

/** Writes an idea against an insight's question (or the challenge), with an optional sketch. */
export function IdeaForm({
  projectId,
  insights,
  onDone,
}: {
  projectId: string;
  insights: readonly InsightSummary[];
  onDone: (message: string) => void;
}) {
  const t = useT();
  const id = useId();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [insightId, setInsightId] = useState<string>(CHALLENGE);
  const [sketch, setSketch] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const save = useMutation({
    mutationFn: async () => {
      const idea = await createIdea(projectId, {
        text: text.trim(),
        insightId: insightId === CHALLENGE ? null : insightId,
      });
      if (sketch) await uploadSketch(projectId, idea.id, sketch);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ideasKey(projectId) }),
  });
  const sketchError = form.errors.sketch;
  const describedBy = [`${id}-hint`, sketchError ? `${id}-error` : ''].filter(Boolean).join(' ');
  const options = [
    { id: CHALLENGE, label: t('idea.add.challenge') },
    ...insights.map((insight) => ({ id: insight.id, label: insight.hmw || insight.statement })),
  ];

  return (
    <Form
      id={form.formId}
      className="form card idea-form"
      validationBehavior="aria"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(text.trim() ? {} : { text: t('validation.required') })) return;
        save.mutate(undefined, {
          onSuccess: () => {
            setText('');
            setSketch(null);
            setFileKey((key) => key + 1);
            onDone(t('idea.add.done'));
          },
          onError: (failure) => form.fail(failure, sketchProblems),
        });
      }}
    >
      <h2 id={`${id}-heading`}>{t('idea.add.title')}</h2>
      <FormProblem error={form.problem} />
      <TextField
        name="text"
        label={t('idea.add.text')}
        value={text}
        onChange={setText}
        errorMessage={form.errors.text}
        maxLength={IDEA_MAX_LENGTH}
        multiline
        rows={3}
        isRequired
      />
      <Select
        name="insightId"
        label={t('idea.add.insight')}
        options={options}
        value={insightId}
        onChange={setInsightId}
      />
      <div className="field">
        <label htmlFor={`${id}-sketch`} className="field__label">
          {t('idea.add.sketch')}
        </label>
        <input
          key={fileKey}
          id={`${id}-sketch`}
          name="sketch"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={describedBy}
          aria-invalid={sketchError ? true : undefined}
          className={cx('field__input file-input', sketchError && 'file-input--invalid')}
          onChange={(event) => setSketch(event.currentTarget.files?.[0] ?? null)}
        />
        <p id={`${id}-hint`} className="field__description">
          {t('idea.add.sketchHint')}
        </p>
        {sketchError ? (
          <p id={`${id}-error`} className="field__error">
            {sketchError}
          </p>
        ) : null}
      </div>
      <div className="form__actions">
        <Button type="submit" isPending={save.isPending}>
          {t('idea.add.submit')}
        </Button>
      </div>
    </Form>
  );
}
