import {
  METHOD_CARD_MAX_GROUP,
  METHOD_CARD_MAX_MINUTES,
  methodTools,
  phases,
  type MethodCardContent,
  type MethodTool,
  type Phase,
} from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { isApiError } from '../../api/client.ts';
import { methodToolKey, phaseKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { useFormErrors } from '../../ui/useFormErrors.ts';
import { ListEditor } from '../projects/ListEditor.tsx';
import { fromListItems, toListItems, type ListItem } from '../projects/list-items.ts';
import { TextLanguageSelect, type TextLanguage } from '../research/TextLanguageSelect.tsx';

export type MethodCardFormValues = { language: TextLanguage; content: MethodCardContent };

type Form = ReturnType<typeof useFormErrors>;

/**
 * A field of the card named by a failed save's error path: `content.steps.2` is the steps,
 * `content.minutes.max` the time, `language` the language.
 */
export function cardFieldOf(path: string): string {
  const parts = path.split(/[./]/).filter((part) => part !== '' && part !== 'body');
  return (parts[0] === 'content' ? parts[1] : parts[0]) ?? '';
}

/** Places a failed save's field errors at the card form's own fields. */
export function failCardForm(form: Form, error: unknown) {
  const fields: Record<string, string> = {};
  const errors = isApiError(error) ? (error.problem.errors ?? []) : [];
  for (const { path, message } of errors) {
    const field = cardFieldOf(path);
    if (field && !(field in fields)) fields[field] = message;
  }
  form.failAt(error, fields);
}

const wholeNumber = (text: string, max: number): number | null => {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= 1 && value <= max ? value : null;
};

const NO_TOOL = 'none';

/** A method card's every section; the language can be chosen only where the card allows it. */
export function MethodCardForm({
  initial,
  chooseLanguage,
  form,
  submitLabel,
  isPending,
  onSubmit,
  onCancel,
}: {
  initial: MethodCardFormValues;
  chooseLanguage: boolean;
  form: Form;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (values: MethodCardFormValues) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { content } = initial;
  const [language, setLanguage] = useState<TextLanguage>(initial.language);
  const [title, setTitle] = useState(content.title);
  const [purpose, setPurpose] = useState(content.purpose);
  const [chosenPhases, setPhases] = useState<Phase[]>(content.phases);
  const [steps, setSteps] = useState<ListItem[]>(() => toListItems(content.steps));
  const [materials, setMaterials] = useState<ListItem[]>(() => toListItems(content.materials));
  const [tips, setTips] = useState<ListItem[]>(() => toListItems(content.tips));
  const [pitfalls, setPitfalls] = useState<ListItem[]>(() => toListItems(content.pitfalls));
  const [minutesMin, setMinutesMin] = useState(String(content.minutes.min));
  const [minutesMax, setMinutesMax] = useState(String(content.minutes.max));
  const [groupMin, setGroupMin] = useState(String(content.groupSize.min));
  const [groupMax, setGroupMax] = useState(String(content.groupSize.max));
  const [example, setExample] = useState(content.example);
  const [tool, setTool] = useState<MethodTool | typeof NO_TOOL>(content.tool ?? NO_TOOL);
  const lang = language;

  const lists = [
    ['steps', steps, setSteps, 'step', 'removeStep', 'addStep'],
    ['materials', materials, setMaterials, 'material', 'removeMaterial', 'addMaterial'],
    ['tips', tips, setTips, 'tip', 'removeTip', 'addTip'],
    ['pitfalls', pitfalls, setPitfalls, 'pitfall', 'removePitfall', 'addPitfall'],
  ] as const;

  return (
    <Form
      id={form.formId}
      className="form method-card-form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const problems: Record<string, string> = {};
        if (!title.trim()) problems.title = t('validation.required');
        if (!purpose.trim()) problems.purpose = t('validation.required');
        if (chosenPhases.length === 0) problems.phases = t('methods.form.phasesRequired');
        if (fromListItems(steps).length === 0) problems.steps = t('methods.form.stepsRequired');
        const range = (low: string, high: string, max: number, field: string) => {
          const min = wholeNumber(low, max);
          const top = wholeNumber(high, max);
          if (min === null || top === null)
            problems[field] = t('methods.form.wholeNumber', { min: 1, max });
          else if (top < min) problems[field] = t('validation.max_below_min');
          return { min: min ?? 1, max: top ?? 1 };
        };
        const minutes = range(minutesMin, minutesMax, METHOD_CARD_MAX_MINUTES, 'minutes');
        const groupSize = range(groupMin, groupMax, METHOD_CARD_MAX_GROUP, 'groupSize');
        if (!form.check(problems)) return;
        onSubmit({
          language,
          content: {
            title: title.trim(),
            purpose: purpose.trim(),
            phases: phases.filter((phase) => chosenPhases.includes(phase)),
            steps: fromListItems(steps),
            minutes,
            groupSize,
            materials: fromListItems(materials),
            tips: fromListItems(tips),
            pitfalls: fromListItems(pitfalls),
            example: example.trim(),
            tool: tool === NO_TOOL ? null : tool,
          },
        });
      }}
    >
      <FormProblem error={form.problem} />
      {chooseLanguage ? (
        <TextLanguageSelect
          label={t('methods.form.language')}
          value={language}
          onChange={setLanguage}
          errorMessage={form.errors.language}
        />
      ) : null}
      <TextField
        name="title"
        label={t('methods.form.title')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={120}
        isRequired
        inputLang={lang}
      />
      <TextField
        name="purpose"
        label={t('methods.form.purpose')}
        value={purpose}
        onChange={setPurpose}
        errorMessage={form.errors.purpose}
        maxLength={1500}
        multiline
        rows={3}
        isRequired
        inputLang={lang}
      />
      <CheckboxGroup
        label={t('methods.form.phases')}
        value={chosenPhases}
        onChange={(values) => setPhases(phases.filter((phase) => values.includes(phase)))}
        errorMessage={form.errors.phases}
      >
        {phases.map((phase) => (
          <Checkbox key={phase} value={phase}>
            {t(phaseKey(phase))}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <fieldset className="method-card-form__range">
        <legend className="field__label">{t('methods.form.time')}</legend>
        <div className="field-row">
          <TextField
            name="minutesMin"
            label={t('methods.form.minutesMin')}
            value={minutesMin}
            onChange={setMinutesMin}
            inputMode="numeric"
            errorMessage={form.errors.minutes}
          />
          <TextField
            name="minutesMax"
            label={t('methods.form.minutesMax')}
            value={minutesMax}
            onChange={setMinutesMax}
            inputMode="numeric"
          />
        </div>
      </fieldset>
      <fieldset className="method-card-form__range">
        <legend className="field__label">{t('methods.form.group')}</legend>
        <div className="field-row">
          <TextField
            name="groupMin"
            label={t('methods.form.groupMin')}
            value={groupMin}
            onChange={setGroupMin}
            inputMode="numeric"
            errorMessage={form.errors.groupSize}
          />
          <TextField
            name="groupMax"
            label={t('methods.form.groupMax')}
            value={groupMax}
            onChange={setGroupMax}
            inputMode="numeric"
          />
        </div>
      </fieldset>
      {lists.map(([field, items, setItems, item, remove, add]) => (
        <ListEditor
          key={field}
          legend={t(`methods.form.${field}`)}
          items={items}
          onChange={setItems}
          itemLabel={(position) => t(`methods.form.${item}`, { position })}
          removeLabel={(position) => t(`methods.form.${remove}`, { position })}
          addLabel={t(`methods.form.${add}`)}
          errorMessage={form.errors[field]}
        />
      ))}
      <TextField
        name="example"
        label={t('methods.form.example')}
        value={example}
        onChange={setExample}
        errorMessage={form.errors.example}
        maxLength={2000}
        multiline
        rows={4}
        inputLang={lang}
      />
      <Select
        name="tool"
        label={t('methods.form.tool')}
        options={[
          { id: NO_TOOL, label: t('methods.form.noTool') },
          ...methodTools.map((id) => ({ id, label: t(methodToolKey(id)) })),
        ]}
        value={tool}
        onChange={setTool}
        errorMessage={form.errors.tool}
      />
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </Form>
  );
}
