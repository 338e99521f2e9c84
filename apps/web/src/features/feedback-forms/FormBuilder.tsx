import {
  FEEDBACK_MAX_QUESTIONS,
  feedbackQuestionKinds,
  locales,
  type Locale,
} from '@timantti/contracts';
import { useEffect, useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { localeKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { useFormErrors } from '../../ui/useFormErrors.ts';
import {
  newQuestion,
  textFieldNames,
  type FormDraft,
  type QuestionDraft,
  type QuestionKind,
  type Texts,
} from './form-draft.ts';
import {
  FieldNote,
  QuestionEditor,
  questionKindKey,
  type QuestionMoves,
} from './QuestionEditor.tsx';

// A form has at most one question of these kinds (the contract's rule).
const singular: readonly QuestionKind[] = ['consent', 'segment'];

/** What the builder can tell before sending: every text written in every offered language. */
export function draftProblems(draft: FormDraft, t: ReturnType<typeof useT>) {
  const errors: Record<string, string> = {};
  if (draft.languages.length === 0) errors['languages'] = t('validation.required');
  for (const field of textFieldNames(draft))
    if (!field.value.trim()) errors[field.name] = t('validation.required');
  return errors;
}

/** Once answers exist, answered questions stay in their places and new ones come after. */
function movesOf(questions: readonly QuestionDraft[], index: number): QuestionMoves {
  const question = questions[index];
  const free = (i: number) => questions[i] !== undefined && !questions[i].answered;
  const movable = question !== undefined && !question.answered;
  return {
    up: movable && free(index - 1),
    down: movable && free(index + 1),
    remove: movable && questions.length > 1,
  };
}

/**
 * The builder of a feedback form: the languages it is offered in, its title and introduction in
 * each, when it opens and closes (Helsinki time), and its questions in order. Every control is
 * a native field or a React Aria one; moving a question keeps focus on the button that moved it.
 */
export function FormBuilder({
  draft,
  onChange,
  form,
  responseCount,
  canPublish,
  submitLabel,
  isPending,
  onSave,
  onPublish,
  onCancel,
}: {
  draft: FormDraft;
  onChange: (draft: FormDraft) => void;
  form: ReturnType<typeof useFormErrors>;
  /** The form's answers so far: with any, what they mean can no longer change. */
  responseCount: number;
  canPublish: boolean;
  submitLabel: string;
  isPending: boolean;
  onSave: () => void;
  onPublish: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  // A new object each time, so focusing the same element again runs the effect again.
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  const [newKind, setNewKind] = useState<QuestionKind>('rating');
  const answered = responseCount > 0;
  const set = <K extends keyof FormDraft>(key: K, value: FormDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const setQuestions = (questions: QuestionDraft[]) => set('questions', questions);
  const errors = form.errors;

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  const taken = (kind: QuestionKind, except?: QuestionDraft) =>
    singular.includes(kind) && draft.questions.some((q) => q !== except && q.kind === kind);
  const kindsFor = (question?: QuestionDraft) =>
    feedbackQuestionKinds.filter((kind) => !taken(kind, question));
  const addable = kindsFor();
  const kindToAdd = addable.includes(newKind) ? newKind : (addable[0] ?? 'open');

  const move = (index: number, delta: -1 | 1) => {
    const questions = [...draft.questions];
    const [question] = questions.splice(index, 1);
    if (!question) return;
    questions.splice(index + delta, 0, question);
    setQuestions(questions);
    const moves = movesOf(questions, index + delta);
    const same = delta < 0 ? moves.up : moves.down;
    setFocus({ id: `${question.key}-${delta < 0 === same ? 'up' : 'down'}` });
    setAnnouncement(t('feedbackForms.builder.moved', { number: index + delta + 1 }));
  };
  const remove = (index: number) => {
    const questions = draft.questions.filter((_, i) => i !== index);
    setQuestions(questions);
    const next = questions[Math.min(index, questions.length - 1)];
    if (next) setFocus({ id: `${next.key}-heading` });
    setAnnouncement(t('feedbackForms.builder.removed'));
  };
  const add = () => {
    const question = newQuestion(kindToAdd, draft.questions);
    setQuestions([...draft.questions, question]);
    setFocus({ id: `${question.key}-heading` });
    setAnnouncement(t('feedbackForms.builder.added', { number: draft.questions.length + 1 }));
  };
  const languageFields = (path: 'title' | 'intro', texts: Texts) =>
    draft.languages.map((language) => (
      <TextField
        key={language}
        name={`${path}.${language}`}
        inputLang={language}
        label={t(`feedbackForms.builder.${path}`, { language: t(localeKey(language)) })}
        value={texts[language]}
        onChange={(value) => set(path, { ...texts, [language]: value })}
        errorMessage={errors[`${path}.${language}`]}
        multiline={path === 'intro'}
        rows={3}
        maxLength={path === 'intro' ? 2000 : 200}
        isRequired={path === 'title'}
      />
    ));
  const submit = (proceed: () => void) => {
    if (form.check(draftProblems(draft, t))) proceed();
  };

  return (
    <Form
      id={form.formId}
      className="form card form-builder"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        submit(onSave);
      }}
    >
      <LiveMessage message={announcement} />
      <FormProblem error={form.problem} />
      {answered ? (
        <Alert tone="info" live={false}>
          <p>{t('feedbackForms.builder.answeredNote', { count: responseCount })}</p>
        </Alert>
      ) : null}
      <CheckboxGroup
        name="languages"
        label={t('feedbackForms.builder.languages')}
        description={t('feedbackForms.builder.languagesHint')}
        value={draft.languages}
        onChange={(values) =>
          set(
            'languages',
            locales.filter((language) => values.includes(language)),
          )
        }
        errorMessage={errors['languages']}
        isRequired
      >
        {locales.map((language: Locale) => (
          <Checkbox key={language} value={language}>
            {t(localeKey(language))}
          </Checkbox>
        ))}
      </CheckboxGroup>
      {languageFields('title', draft.title)}
      {languageFields('intro', draft.intro)}
      <div className="field-row">
        <TextField
          name="opensAt"
          type="datetime-local"
          label={t('feedbackForms.builder.opensAt')}
          description={t('feedbackForms.builder.opensHint')}
          value={draft.opensAt}
          onChange={(value) => set('opensAt', value)}
          errorMessage={errors['opensAt']}
        />
        <TextField
          name="closesAt"
          type="datetime-local"
          label={t('feedbackForms.builder.closesAt')}
          description={t('feedbackForms.builder.closesHint')}
          value={draft.closesAt}
          onChange={(value) => set('closesAt', value)}
          errorMessage={errors['closesAt']}
        />
      </div>
      <section aria-labelledby={`${headingId}-questions`}>
        <h2 id={`${headingId}-questions`}>{t('feedbackForms.builder.questions')}</h2>
        <FieldNote message={errors['questions']} />
        <ol className="form-builder__questions">
          {draft.questions.map((question, index) => (
            <QuestionEditor
              key={question.key}
              question={question}
              index={index}
              languages={draft.languages}
              formAnswered={answered}
              kinds={kindsFor(question)}
              moves={movesOf(draft.questions, index)}
              errors={errors}
              onChange={(changed) =>
                setQuestions(draft.questions.map((q, i) => (i === index ? changed : q)))
              }
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
        <div className="form-row">
          <Select
            label={t('feedbackForms.builder.newKind')}
            options={addable.map((kind) => ({ id: kind, label: t(questionKindKey(kind)) }))}
            value={kindToAdd}
            onChange={setNewKind}
          />
          <Button
            variant="secondary"
            isDisabled={draft.questions.length >= FEEDBACK_MAX_QUESTIONS}
            onPress={add}
          >
            {t('feedbackForms.builder.add')}
          </Button>
        </div>
      </section>
      <div className="form__actions">
        <Button type="submit" isPending={isPending}>
          {submitLabel}
        </Button>
        {canPublish ? (
          <Button variant="secondary" isPending={isPending} onPress={() => submit(onPublish)}>
            {t('feedbackForms.builder.saveAndPublish')}
          </Button>
        ) : null}
        <Button variant="tertiary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
