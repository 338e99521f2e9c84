import {
  PERSONA_MAX_LIST,
  personaFields,
  personaIcons,
  personaInitials,
  personaKinds,
  type Persona,
  type PersonaAvatar as Avatar,
  type PersonaField,
  type PersonaInput,
} from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { formatNumber } from '../../i18n/format.ts';
import { personaFieldKey, personaIconKey, personaKindKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { useFormErrors } from '../../ui/useFormErrors.ts';
import { TextLanguageSelect, type TextLanguage } from '../research/TextLanguageSelect.tsx';
import { EvidencePicker } from '../synthesis/EvidencePicker.tsx';
import { PersonaAvatar } from './PersonaAvatar.tsx';

const LINE_MAX = 300;
type Citations = Record<PersonaField, string[]>;
type AvatarChoice = 'initials' | Extract<Avatar, { kind: 'icon' }>['icon'];

/** The short texts of a list field, one a line, blank lines dropped. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const emptyCitations = (): Citations => ({
  segment: [],
  needs: [],
  goals: [],
  frustrations: [],
  quote: [],
  story: [],
});

/**
 * A persona or customer story: its words, a photo-free avatar, and per field the evidence it
 * rests on, chosen by picking the field and then the evidence (the same item may back several).
 */
export function PersonaForm({
  projectId,
  initial,
  form,
  submitLabel,
  isPending,
  onSubmit,
  onCancel,
}: {
  projectId: string;
  initial?: Persona;
  form: ReturnType<typeof useFormErrors>;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (input: PersonaInput) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [kind, setKind] = useState(initial?.kind ?? 'persona');
  const [name, setName] = useState(initial?.name ?? '');
  const [avatar, setAvatar] = useState<AvatarChoice>(
    initial?.avatar.kind === 'icon' ? initial.avatar.icon : 'initials',
  );
  const [segment, setSegment] = useState(initial?.segment ?? '');
  const [needs, setNeeds] = useState(initial?.needs.join('\n') ?? '');
  const [goals, setGoals] = useState(initial?.goals.join('\n') ?? '');
  const [frustrations, setFrustrations] = useState(initial?.frustrations.join('\n') ?? '');
  const [quote, setQuote] = useState(initial?.quote ?? '');
  const [story, setStory] = useState(initial?.story ?? '');
  const [language, setLanguage] = useState<TextLanguage>(initial?.language ?? 'fi');
  const [citations, setCitations] = useState<Citations>(initial?.citations ?? emptyCitations);
  const [citing, setCiting] = useState<PersonaField>('needs');

  const lists = { needs, goals, frustrations };
  const listProblem = (text: string): string | undefined => {
    const lines = linesOf(text);
    if (lines.length > PERSONA_MAX_LIST)
      return t('persona.form.tooManyLines', { max: PERSONA_MAX_LIST });
    if (lines.some((line) => line.length > LINE_MAX))
      return t('persona.form.lineTooLong', { max: LINE_MAX });
    return undefined;
  };
  const citedCount = (field: PersonaField) =>
    t('persona.cite.count', { count: citations[field].length });
  const avatarValue: Avatar =
    avatar === 'initials' ? { kind: 'initials' } : { kind: 'icon', icon: avatar };

  return (
    <Form
      id={form.formId}
      className="form persona-form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const problems: Record<string, string> = {};
        if (!name.trim()) problems.name = t('validation.required');
        for (const [field, text] of Object.entries(lists)) {
          const problem = listProblem(text);
          if (problem) problems[field] = problem;
        }
        if (!form.check(problems)) return;
        onSubmit({
          kind,
          name: name.trim(),
          avatar: avatarValue,
          segment: segment.trim(),
          needs: linesOf(needs),
          goals: linesOf(goals),
          frustrations: linesOf(frustrations),
          quote: quote.trim(),
          story: story.trim(),
          language,
          citations,
        });
      }}
    >
      <FormProblem error={form.problem} />
      <div className="field-row">
        <Select
          name="kind"
          label={t('persona.kind')}
          options={personaKinds.map((id) => ({ id, label: t(personaKindKey(id)) }))}
          value={kind}
          onChange={setKind}
          errorMessage={form.errors.kind}
        />
        <TextLanguageSelect
          label={t('persona.language')}
          value={language}
          onChange={setLanguage}
          errorMessage={form.errors.language}
        />
      </div>
      <TextField
        name="name"
        label={t('persona.name')}
        description={t('persona.nameHint')}
        value={name}
        onChange={setName}
        errorMessage={form.errors.name}
        maxLength={120}
        isRequired
      />
      <div className="persona-form__avatar">
        <Select
          name="avatar"
          label={t('persona.avatar')}
          description={t('persona.avatarHint')}
          options={[
            { id: 'initials' as const, label: t('persona.avatar.initials') },
            ...personaIcons.map((id) => ({ id, label: t(personaIconKey(id)) })),
          ]}
          value={avatar}
          onChange={setAvatar}
          errorMessage={form.errors.avatar}
        />
        <PersonaAvatar persona={{ avatar: avatarValue, initials: personaInitials(name) || '?' }} />
      </div>
      <TextField
        name="segment"
        label={t('persona.segment')}
        description={t('persona.segmentHint')}
        value={segment}
        onChange={setSegment}
        errorMessage={form.errors.segment}
        maxLength={200}
      />
      {(
        [
          ['needs', needs, setNeeds],
          ['goals', goals, setGoals],
          ['frustrations', frustrations, setFrustrations],
        ] as const
      ).map(([field, value, setValue]) => (
        <TextField
          key={field}
          name={field}
          label={t(personaFieldKey(field))}
          description={t('persona.form.oneALine')}
          value={value}
          onChange={setValue}
          errorMessage={form.errors[field]}
          multiline
          rows={4}
        />
      ))}
      <TextField
        name="quote"
        label={t('persona.quote')}
        description={t('persona.quoteHint')}
        value={quote}
        onChange={setQuote}
        errorMessage={form.errors.quote}
        maxLength={500}
        multiline
        rows={2}
      />
      <TextField
        name="story"
        label={t('persona.story')}
        description={t('persona.storyHint')}
        value={story}
        onChange={setStory}
        errorMessage={form.errors.story}
        maxLength={10_000}
        multiline
        rows={8}
      />

      <fieldset className="persona-form__citations">
        <legend>{t('persona.cite.title')}</legend>
        <p className="muted">{t('persona.cite.intro')}</p>
        <ul className="persona-form__cited" aria-label={t('persona.cite.summary')}>
          {personaFields.map((field) => (
            <li key={field}>
              {t(personaFieldKey(field))}: {formatNumber(locale, citations[field].length)}
            </li>
          ))}
        </ul>
        <Select
          name="citing"
          label={t('persona.cite.field')}
          options={personaFields.map((id) => ({
            id,
            label: `${t(personaFieldKey(id))} (${citedCount(id)})`,
          }))}
          value={citing}
          onChange={setCiting}
        />
        <EvidencePicker
          projectId={projectId}
          label={t('persona.cite.choose', { field: t(personaFieldKey(citing)) })}
          value={citations[citing]}
          onChange={(ids) => setCitations((current) => ({ ...current, [citing]: ids }))}
        />
      </fieldset>
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </Form>
  );
}
