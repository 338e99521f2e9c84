import {
  locales,
  type FeedbackForm,
  type FeedbackFormInput,
  type FeedbackQuestion,
  type Locale,
} from '@timantti/contracts';

/*
 * A feedback form as the builder holds it: a text in every language whether offered or not (so
 * unticking a language and ticking it again loses nothing), numbers as typed, times as Helsinki
 * wall-clock time, and rows with keys of their own for React and for focus after a move.
 */

export type QuestionKind = FeedbackQuestion['kind'];
export type Texts = Record<Locale, string>;
export type OptionDraft = { key: string; id: string; label: Texts; answered: boolean };
export type QuestionDraft = {
  key: string;
  id: string;
  kind: QuestionKind;
  required: boolean;
  label: Texts;
  scaleMax: string;
  minLabel: Texts;
  maxLabel: Texts;
  options: OptionDraft[];
  /** The form had answers when this question was loaded: what they mean stays as it was. */
  answered: boolean;
};
export type FormDraft = {
  languages: Locale[];
  title: Texts;
  intro: Texts;
  opensAt: string;
  closesAt: string;
  questions: QuestionDraft[];
};

let nextKey = 0;
const newKey = () => `draft-${++nextKey}`;
const noTexts = (): Texts => ({ fi: '', sv: '', en: '' });
const textsOf = (texts: Partial<Record<Locale, string>> | undefined): Texts => ({
  ...noTexts(),
  ...texts,
});

export const hasOptions = (kind: QuestionKind) =>
  kind === 'single' || kind === 'multiple' || kind === 'segment';

/** The first id of the shape `<prefix><n>` that none of `taken` has. */
function freeId(prefix: string, taken: readonly string[]) {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newOption(question: Pick<QuestionDraft, 'options'>): OptionDraft {
  const id = freeId(
    'o',
    question.options.map((o) => o.id),
  );
  return { key: newKey(), id, label: noTexts(), answered: false };
}

function withOptions(question: QuestionDraft): QuestionDraft {
  let options = question.options;
  while (options.length < 2) options = [...options, newOption({ options })];
  return { ...question, options };
}

export function newQuestion(kind: QuestionKind, others: readonly QuestionDraft[]): QuestionDraft {
  const question: QuestionDraft = {
    key: newKey(),
    id: freeId(
      'q',
      others.map((q) => q.id),
    ),
    kind,
    required: false,
    label: noTexts(),
    scaleMax: '5',
    minLabel: noTexts(),
    maxLabel: noTexts(),
    options: [],
    answered: false,
  };
  return hasOptions(kind) ? withOptions(question) : question;
}

/** A question of another kind: its texts stay, and a choice gets the two options it needs. */
export const withKind = (question: QuestionDraft, kind: QuestionKind): QuestionDraft =>
  hasOptions(kind) ? withOptions({ ...question, kind }) : { ...question, kind };

export const emptyDraft = (language: Locale): FormDraft => ({
  languages: [language],
  title: noTexts(),
  intro: noTexts(),
  opensAt: '',
  closesAt: '',
  questions: [newQuestion('rating', [])],
});

const HELSINKI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Helsinki wall-clock time, the value of a datetime-local field. */
export function helsinkiLocal(instant: string): string {
  const parts = Object.fromEntries(
    HELSINKI.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/**
 * The instant of a Helsinki wall-clock time. The offset (+2 or +3) is that of the instant
 * itself, so the guess is corrected once more across a daylight-saving change.
 */
export function fromHelsinkiLocal(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const wall = Date.parse(`${local}:00Z`);
  let instant = wall;
  for (let step = 0; step < 2; step += 1) {
    const offset = Date.parse(`${helsinkiLocal(new Date(instant).toISOString())}:00Z`) - instant;
    instant = wall - offset;
  }
  return new Date(instant).toISOString();
}

export function draftOf(form: FeedbackForm): FormDraft {
  const answered = form.responseCount > 0;
  return {
    languages: form.languages,
    title: textsOf(form.title),
    intro: textsOf(form.intro),
    opensAt: form.opensAt ? helsinkiLocal(form.opensAt) : '',
    closesAt: form.closesAt ? helsinkiLocal(form.closesAt) : '',
    questions: form.questions.map((question) => ({
      key: newKey(),
      id: question.id,
      kind: question.kind,
      required: question.required,
      label: textsOf(question.label),
      scaleMax: question.kind === 'rating' ? String(question.scaleMax) : '5',
      minLabel: textsOf(question.kind === 'rating' ? question.minLabel : undefined),
      maxLabel: textsOf(question.kind === 'rating' ? question.maxLabel : undefined),
      options:
        'options' in question
          ? question.options.map((option) => ({
              key: newKey(),
              id: option.id,
              label: textsOf(option.label),
              answered,
            }))
          : [],
      answered,
    })),
  };
}

/** The form as the API takes it: texts of the offered languages only, blank ones left out. */
export function inputOf(draft: FormDraft): FeedbackFormInput {
  const offered = locales.filter((language) => draft.languages.includes(language));
  const pick = (texts: Texts, keepBlank = false) =>
    Object.fromEntries(
      offered
        .map((language) => [language, texts[language].trim()] as const)
        .filter(([, text]) => keepBlank || text !== ''),
    );
  return {
    languages: offered,
    title: pick(draft.title),
    intro: pick(draft.intro, true),
    opensAt: fromHelsinkiLocal(draft.opensAt),
    closesAt: fromHelsinkiLocal(draft.closesAt),
    questions: draft.questions.map((q): FeedbackQuestion => {
      const base = { id: q.id, label: pick(q.label), required: q.required };
      switch (q.kind) {
        case 'rating':
          return {
            ...base,
            kind: 'rating',
            scaleMax: Number(q.scaleMax),
            minLabel: pick(q.minLabel),
            maxLabel: pick(q.maxLabel),
          };
        case 'single':
        case 'multiple':
        case 'segment':
          return {
            ...base,
            kind: q.kind,
            options: q.options.map((o) => ({ id: o.id, label: pick(o.label) })),
          };
        case 'open':
        case 'consent':
          return { ...base, kind: q.kind };
      }
    }),
  };
}

/** The names of the builder's fields that hold a text, in each offered language. */
export function textFieldNames(draft: FormDraft): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  const add = (path: string, texts: Texts) => {
    for (const language of draft.languages)
      fields.push({ name: `${path}.${language}`, value: texts[language] });
  };
  add('title', draft.title);
  draft.questions.forEach((q, i) => {
    add(`questions.${i}.label`, q.label);
    if (q.kind === 'rating') {
      add(`questions.${i}.minLabel`, q.minLabel);
      add(`questions.${i}.maxLabel`, q.maxLabel);
    }
    if (hasOptions(q.kind))
      q.options.forEach((o, j) => add(`questions.${i}.options.${j}.label`, o.label));
  });
  return fields;
}

/** The builder's other places for an error: fields that are no text, and whole questions. */
export function errorSlots(draft: FormDraft): Set<string> {
  const slots = new Set(['languages', 'opensAt', 'closesAt', 'questions']);
  draft.questions.forEach((_, i) => {
    for (const field of ['', '.kind', '.required', '.scaleMax', '.options'])
      slots.add(`questions.${i}${field}`);
  });
  return slots;
}

/**
 * Where the builder shows an error the API placed at `path`: the field of that name, else the
 * blank texts under it (a text missing in an offered language), else the nearest field above.
 */
export function placeError(path: string, draft: FormDraft, shown: ReadonlySet<string>): string[] {
  const texts = textFieldNames(draft);
  let at = path
    .split(/[./]/)
    .filter((part) => part !== '' && part !== 'body')
    .join('.');
  while (at !== '') {
    if (shown.has(at)) return [at];
    const under = texts.filter((field) => field.name.startsWith(`${at}.`));
    if (under.length > 0) {
      const blank = under.filter((field) => field.value.trim() === '');
      return (blank.length > 0 ? blank : under.slice(0, 1)).map((field) => field.name);
    }
    at = at.split('.').slice(0, -1).join('.');
  }
  return [];
}
