import { FEEDBACK_MAX_OPTIONS, feedbackQuestionKinds, type Locale } from '@timantti/contracts';
import type { MessageKey } from '@timantti/i18n';
import { localeKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { FieldErrors } from '../../ui/useFormErrors.ts';
import {
  hasOptions,
  newOption,
  withKind,
  type QuestionDraft,
  type QuestionKind,
  type Texts,
} from './form-draft.ts';

export const questionKindKey = (kind: QuestionKind): MessageKey => `feedbackForms.kind.${kind}`;

/** What the builder lets a question's own buttons do, by its place and the form's answers. */
export type QuestionMoves = { up: boolean; down: boolean; remove: boolean };

/** An error said of a group of fields (a question, its options), announced as it comes. */
export function FieldNote({ message }: { message: string | undefined }) {
  return message ? (
    <p className="field__error" role="alert">
      {message}
    </p>
  ) : null;
}

/** One text of a question in each offered language, each field named by its full path. */
function LocalizedFields({
  path,
  texts,
  languages,
  label,
  errors,
  onChange,
  maxLength,
}: {
  path: string;
  texts: Texts;
  languages: readonly Locale[];
  label: (language: string) => string;
  errors: FieldErrors;
  onChange: (texts: Texts) => void;
  maxLength: number;
}) {
  const t = useT();
  return (
    <>
      {languages.map((language) => (
        <TextField
          key={language}
          name={`${path}.${language}`}
          inputLang={language}
          label={label(t(localeKey(language)))}
          value={texts[language]}
          onChange={(value) => onChange({ ...texts, [language]: value })}
          errorMessage={errors[`${path}.${language}`]}
          maxLength={maxLength}
          isRequired
        />
      ))}
    </>
  );
}

/**
 * One question of the builder: its kind, texts in each offered language, scale or options, and
 * whether an answer is required; and its buttons to move it and remove it. A question the
 * form's answers already cover keeps its kind, scale and options, and says so.
 */
export function QuestionEditor({
  question,
  index,
  languages,
  formAnswered,
  kinds,
  moves,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  question: QuestionDraft;
  index: number;
  languages: readonly Locale[];
  formAnswered: boolean;
  /** The kinds this question may take (a form has one consent and one segment at most). */
  kinds: readonly QuestionKind[];
  moves: QuestionMoves;
  errors: FieldErrors;
  onChange: (question: QuestionDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const number = index + 1;
  const path = `questions.${index}`;
  const headingId = `${question.key}-heading`;
  const lockedId = `${question.key}-locked`;
  const set = (patch: Partial<QuestionDraft>) => onChange({ ...question, ...patch });
  const setOption = (o: number, label: Texts) =>
    set({
      options: question.options.map((option, i) => (i === o ? { ...option, label } : option)),
    });

  return (
    <li className="card form-builder__question">
      <section
        aria-labelledby={headingId}
        aria-describedby={question.answered ? lockedId : undefined}
      >
        <h3 id={headingId} tabIndex={-1}>
          {t('feedbackForms.builder.questionHeading', {
            number,
            kind: t(questionKindKey(question.kind)),
          })}
        </h3>
        {question.answered ? (
          <p id={lockedId} className="field__description">
            {t('feedbackForms.builder.answeredQuestion')}
          </p>
        ) : null}
        <FieldNote message={errors[path]} />
        <Select
          name={`${path}.kind`}
          label={t('feedbackForms.builder.kind')}
          options={feedbackQuestionKinds
            .filter((kind) => kind === question.kind || kinds.includes(kind))
            .map((kind) => ({ id: kind, label: t(questionKindKey(kind)) }))}
          value={question.kind}
          onChange={(kind) => onChange(withKind(question, kind))}
          isDisabled={question.answered}
          errorMessage={errors[`${path}.kind`]}
        />
        <LocalizedFields
          path={`${path}.label`}
          texts={question.label}
          languages={languages}
          label={(language) => t('feedbackForms.builder.questionText', { language })}
          errors={errors}
          onChange={(label) => set({ label })}
          maxLength={500}
        />
        {question.kind === 'rating' ? (
          <>
            <TextField
              name={`${path}.scaleMax`}
              type="number"
              inputMode="numeric"
              label={t('feedbackForms.builder.scaleMax')}
              value={question.scaleMax}
              onChange={(scaleMax) => set({ scaleMax })}
              isDisabled={question.answered}
              errorMessage={errors[`${path}.scaleMax`]}
              isRequired
            />
            <LocalizedFields
              path={`${path}.minLabel`}
              texts={question.minLabel}
              languages={languages}
              label={(language) => t('feedbackForms.builder.minLabel', { language })}
              errors={errors}
              onChange={(minLabel) => set({ minLabel })}
              maxLength={100}
            />
            <LocalizedFields
              path={`${path}.maxLabel`}
              texts={question.maxLabel}
              languages={languages}
              label={(language) => t('feedbackForms.builder.maxLabel', { language })}
              errors={errors}
              onChange={(maxLabel) => set({ maxLabel })}
              maxLength={100}
            />
          </>
        ) : null}
        {hasOptions(question.kind) ? (
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('feedbackForms.builder.options')}</legend>
            <FieldNote message={errors[`${path}.options`]} />
            <ol className="test-plan__rows">
              {question.options.map((option, o) => (
                <li key={option.key} className="test-plan__row">
                  {languages.map((language) => (
                    <TextField
                      key={language}
                      name={`${path}.options.${o}.label.${language}`}
                      inputLang={language}
                      label={t('feedbackForms.builder.option', {
                        number: o + 1,
                        language: t(localeKey(language)),
                      })}
                      value={option.label[language]}
                      onChange={(value) => setOption(o, { ...option.label, [language]: value })}
                      errorMessage={errors[`${path}.options.${o}.label.${language}`]}
                      maxLength={200}
                      isRequired
                    />
                  ))}
                  <Button
                    variant="tertiary"
                    size="small"
                    isDisabled={option.answered || question.options.length <= 2}
                    onPress={() => set({ options: question.options.filter((_, i) => i !== o) })}
                  >
                    {t('feedbackForms.builder.removeOption', {
                      option: `${number}.${o + 1}`,
                    })}
                  </Button>
                </li>
              ))}
            </ol>
            <Button
              variant="secondary"
              size="small"
              isDisabled={question.options.length >= FEEDBACK_MAX_OPTIONS}
              onPress={() => set({ options: [...question.options, newOption(question)] })}
            >
              {t('feedbackForms.builder.addOption', { number })}
            </Button>
          </fieldset>
        ) : null}
        <Checkbox
          name={`${path}.required`}
          isSelected={question.required}
          onChange={(required) => set({ required })}
          // An answered form takes new questions as optional only (feedback-forms.policy.ts).
          isDisabled={formAnswered && !question.answered}
          isInvalid={Boolean(errors[`${path}.required`])}
        >
          {t('feedbackForms.builder.required')}
        </Checkbox>
        <FieldNote message={errors[`${path}.required`]} />
        <div className="form-builder__moves">
          <Button
            id={`${question.key}-up`}
            variant="tertiary"
            size="small"
            isDisabled={!moves.up}
            onPress={() => onMove(-1)}
          >
            {t('feedbackForms.builder.moveUp', { number })}
          </Button>
          <Button
            id={`${question.key}-down`}
            variant="tertiary"
            size="small"
            isDisabled={!moves.down}
            onPress={() => onMove(1)}
          >
            {t('feedbackForms.builder.moveDown', { number })}
          </Button>
          <Button variant="danger" size="small" isDisabled={!moves.remove} onPress={onRemove}>
            {t('feedbackForms.builder.remove', { number })}
          </Button>
        </div>
      </section>
    </li>
  );
}
