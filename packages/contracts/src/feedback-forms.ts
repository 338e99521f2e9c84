import { z } from 'zod';
import { Id, Locale, Timestamp, Version, inputString, line, refusal, text } from './domain.ts';

/*
 * Public feedback forms: a project's form with questions in each language it offers, answered
 * by residents at a short link (/f/<code>) without signing in. Consenting respondents become
 * pseudonymous participants of the form's own prototype_test session and their open answers
 * evidence; other responses keep their ratings and choices as anonymous counts only.
 */

export const FEEDBACK_MAX_QUESTIONS = 40;
export const FEEDBACK_MAX_OPTIONS = 20;
/** The longest open answer a respondent may write, in characters. */
export const FEEDBACK_MAX_OPEN_ANSWER = 4000;

/** A text in each language the form offers; the form checks that none is missing. */
const Localized = (max: number) =>
  z.strictObject({
    fi: line(max).optional(),
    sv: line(max).optional(),
    en: line(max).optional(),
  });
const LocalizedText = (max: number) =>
  z.strictObject({
    fi: text(max).optional(),
    sv: text(max).optional(),
    en: text(max).optional(),
  });
export type LocalizedText = { fi?: string; sv?: string; en?: string };

const Key = inputString().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
  message: 'lowercase letters, digits, _ and -',
});

const FeedbackOption = z.strictObject({ id: Key, label: Localized(200) });
const Options = z
  .array(FeedbackOption)
  .min(2)
  .max(FEEDBACK_MAX_OPTIONS)
  .refine((options) => new Set(options.map((o) => o.id)).size === options.length, {
    message: 'option ids must be unique',
  });

const base = { id: Key, label: Localized(500), required: z.boolean() };

export const FeedbackQuestion = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('rating'),
    scaleMax: z.number().int().min(2).max(10),
    minLabel: Localized(100),
    maxLabel: Localized(100),
  }),
  z.strictObject({ ...base, kind: z.literal('single'), options: Options }),
  z.strictObject({ ...base, kind: z.literal('multiple'), options: Options }),
  z.strictObject({ ...base, kind: z.literal('open') }),
  // Yes or no to keeping the respondent's answers as research material.
  z.strictObject({ ...base, kind: z.literal('consent') }),
  // The respondent's segment (age band, area), one choice, kept on the participant.
  z.strictObject({ ...base, kind: z.literal('segment'), options: Options }),
]);
export type FeedbackQuestion = z.infer<typeof FeedbackQuestion>;
export const feedbackQuestionKinds = [
  'rating',
  'single',
  'multiple',
  'open',
  'consent',
  'segment',
] as const;

export const FeedbackFormStatus = z.enum(['draft', 'published']);

function localizedGaps(value: unknown, languages: readonly string[]): boolean {
  if (value === null || typeof value !== 'object') return false;
  const texts = value as Record<string, unknown>;
  return languages.some((language) => typeof texts[language] !== 'string' || !texts[language]);
}

const FormFields = {
  languages: z
    .array(Locale)
    .min(1)
    .max(3)
    .refine((l) => new Set(l).size === l.length, { message: 'languages must be unique' }),
  title: Localized(200),
  intro: LocalizedText(2000),
  questions: z
    .array(FeedbackQuestion)
    .min(1)
    .max(FEEDBACK_MAX_QUESTIONS)
    .refine((q) => new Set(q.map((x) => x.id)).size === q.length, {
      message: 'question ids must be unique',
    })
    .refine((q) => q.filter((x) => x.kind === 'consent').length <= 1, {
      message: 'at most one consent question',
    })
    .refine((q) => q.filter((x) => x.kind === 'segment').length <= 1, {
      message: 'at most one segment question',
    }),
  opensAt: Timestamp.nullable(),
  closesAt: Timestamp.nullable(),
};

type FormShape = {
  languages: string[];
  title: LocalizedText;
  questions: FeedbackQuestion[];
  opensAt: string | null;
  closesAt: string | null;
};

/** Every text of the form in every language it offers, and a closing time after the opening. */
function checkForm(form: FormShape, ctx: z.RefinementCtx) {
  const missing = (path: (string | number)[]) =>
    ctx.addIssue({ code: 'custom', path, ...refusal('missing_translation') });
  if (localizedGaps(form.title, form.languages)) missing(['title']);
  form.questions.forEach((question, index) => {
    if (localizedGaps(question.label, form.languages)) missing(['questions', index, 'label']);
    if (question.kind === 'rating') {
      if (localizedGaps(question.minLabel, form.languages))
        missing(['questions', index, 'minLabel']);
      if (localizedGaps(question.maxLabel, form.languages))
        missing(['questions', index, 'maxLabel']);
    }
    if ('options' in question) {
      question.options.forEach((option, o) => {
        if (localizedGaps(option.label, form.languages))
          missing(['questions', index, 'options', o, 'label']);
      });
    }
  });
  if (form.opensAt && form.closesAt && Date.parse(form.closesAt) <= Date.parse(form.opensAt)) {
    ctx.addIssue({ code: 'custom', path: ['closesAt'], ...refusal('closes_before_opens') });
  }
}

export const FeedbackFormInput = z.strictObject(FormFields).superRefine(checkForm);
export type FeedbackFormInput = z.infer<typeof FeedbackFormInput>;

/** A new form, made for a test round of the project when `testRoundId` names one. */
export const CreateFeedbackFormInput = z
  .strictObject({ ...FormFields, testRoundId: Id.optional() })
  .superRefine(checkForm);
export type CreateFeedbackFormInput = z.infer<typeof CreateFeedbackFormInput>;

export const UpdateFeedbackFormInput = z
  .strictObject({ ...FormFields, version: Version })
  .superRefine(checkForm);

export const PublishFeedbackFormInput = z.strictObject({ version: Version });

export const FeedbackForm = z.object({
  id: Id,
  projectId: Id,
  code: z.string(),
  status: FeedbackFormStatus,
  languages: z.array(Locale),
  title: LocalizedText(200),
  intro: LocalizedText(2000),
  questions: z.array(FeedbackQuestion),
  opensAt: Timestamp.nullable(),
  closesAt: Timestamp.nullable(),
  sessionId: Id,
  /** The test round the form is answered for, if it was made for one. */
  testRound: z.object({ id: Id, conceptId: Id, title: z.string() }).nullable(),
  /** The public link's path, /f/<code>; the web app prefixes its own origin. */
  path: z.string(),
  responseCount: z.number().int(),
  createdAt: Timestamp,
  version: Version,
  abilities: z.object({ edit: z.boolean(), readOpenAnswers: z.boolean() }),
});
export type FeedbackForm = z.infer<typeof FeedbackForm>;

export const FeedbackFormList = z.object({
  items: z.array(FeedbackForm.omit({ questions: true, intro: true })),
});

export const FeedbackSummaryQuery = z.strictObject({
  segment: text(200).optional(),
  language: Locale.optional(),
});

const Count = z.object({ id: z.string(), count: z.number().int() });
export const FeedbackQuestionSummary = z.object({
  questionId: z.string(),
  kind: z.enum(feedbackQuestionKinds),
  answered: z.number().int(),
  /** Ratings: one count per scale point 1…max; choices: one per option, in the form's order. */
  counts: z.array(Count),
  average: z.number().nullable(),
});
export const FeedbackSummary = z.object({
  responseCount: z.number().int(),
  consentedCount: z.number().int(),
  segments: z.array(z.string()),
  questions: z.array(FeedbackQuestionSummary),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;

export const FeedbackResponsesQuery = FeedbackSummaryQuery.extend({
  cursor: inputString().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** One question's answer in a response; the fields that do not fit its kind are null or empty. */
export const FeedbackResponseAnswer = z.object({
  questionId: z.string(),
  kind: z.enum(feedbackQuestionKinds),
  /** A rating's point on its scale. */
  rating: z.number().int().nullable(),
  /** The options chosen in a single, multiple or segment question, in the form's order. */
  optionIds: z.array(z.string()),
  /** A consent question's yes (true) or no. */
  consent: z.boolean().nullable(),
  /**
   * An open answer's text: kept only when the respondent consented, and given only to those who
   * read raw research; null otherwise.
   */
  text: z.string().nullable(),
});
export type FeedbackResponseAnswer = z.infer<typeof FeedbackResponseAnswer>;

export const FeedbackResponse = z.object({
  id: Id,
  /** The respondent's participant code (V1-001) when they consented; null when anonymous. */
  code: z.string().nullable(),
  language: Locale,
  segment: z.string(),
  consent: z.boolean(),
  submittedAt: Timestamp,
  /** The questions answered, in the form's order. */
  answers: z.array(FeedbackResponseAnswer),
});
export type FeedbackResponse = z.infer<typeof FeedbackResponse>;

export const FeedbackResponsePage = z.object({
  items: z.array(FeedbackResponse),
  nextCursor: z.string().nullable(),
  /** How many responses match the filters; given with the first page only. */
  total: z.number().int().nullable(),
});
export type FeedbackResponsePage = z.infer<typeof FeedbackResponsePage>;

export const FeedbackCsvQuery = z.strictObject({
  delimiter: z.enum(['comma', 'semicolon']).optional(),
});

/** The board a form's open answers were placed on. */
export const FeedbackBoardCreated = z.object({ boardId: Id });
