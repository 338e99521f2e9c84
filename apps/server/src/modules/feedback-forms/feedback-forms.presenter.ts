import type {
  FeedbackForm,
  FeedbackQuestion,
  FeedbackResponse,
  FeedbackResponseAnswer,
  LocalizedText,
} from '@timantti/contracts';
import type { RoundOfForm } from '../concept-tests/concept-tests.repo.ts';
import type { FeedbackFormRow, ResponseRow } from './feedback-forms.repo.ts';

export type FormAbilities = { edit: boolean; readOpenAnswers: boolean };

/** The public link's path of a form's code. */
export const formPath = (code: string) => `/f/${code}`;

export function presentForm(
  row: FeedbackFormRow,
  responseCount: number,
  abilities: FormAbilities,
  testRound: RoundOfForm | null,
): FeedbackForm {
  return {
    id: row.id,
    projectId: row.projectId,
    code: row.code,
    status: row.status,
    languages: row.languages as FeedbackForm['languages'],
    title: row.title as LocalizedText,
    intro: row.intro as LocalizedText,
    questions: row.questions as FeedbackQuestion[],
    opensAt: row.opensAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    sessionId: row.sessionId,
    testRound,
    path: formPath(row.code),
    responseCount,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    abilities,
  };
}

/** A form in a list: without its intro and questions. */
export function presentFormSummary(
  row: FeedbackFormRow,
  responseCount: number,
  abilities: FormAbilities,
  testRound: RoundOfForm | null,
): Omit<FeedbackForm, 'intro' | 'questions'> {
  const form = presentForm(row, responseCount, abilities, testRound);
  return {
    id: form.id,
    projectId: form.projectId,
    code: form.code,
    status: form.status,
    languages: form.languages,
    title: form.title,
    opensAt: form.opensAt,
    closesAt: form.closesAt,
    sessionId: form.sessionId,
    testRound: form.testRound,
    path: form.path,
    responseCount: form.responseCount,
    createdAt: form.createdAt,
    version: form.version,
    abilities: form.abilities,
  };
}

/** The evidence ids a response's open answers were stored as (consenting respondents only). */
export function openAnswerEvidenceIds(questions: FeedbackQuestion[], row: ResponseRow): string[] {
  return questions.flatMap((question) => {
    const value = row.answers[question.id] as { evidenceId?: unknown } | undefined;
    return question.kind === 'open' && typeof value?.evidenceId === 'string'
      ? [value.evidenceId]
      : [];
  });
}

/**
 * One response, question by question. Open answers are texts of the respondent's evidence:
 * `openTexts` holds those the caller may read, so without it an open answer is there with its
 * text null. A response without consent kept no open answer at all.
 */
export function presentResponse(
  questions: FeedbackQuestion[],
  row: ResponseRow,
  openTexts: ReadonlyMap<string, string> | null,
): FeedbackResponse {
  const answers: FeedbackResponseAnswer[] = [];
  for (const question of questions) {
    const value = row.answers[question.id];
    if (value === undefined || value === null) continue;
    const answer: FeedbackResponseAnswer = {
      questionId: question.id,
      kind: question.kind,
      rating: null,
      optionIds: [],
      consent: null,
      text: null,
    };
    if (question.kind === 'rating' && typeof value === 'number') answer.rating = value;
    else if (question.kind === 'consent' && typeof value === 'boolean') answer.consent = value;
    else if (question.kind === 'open') {
      const evidenceId = (value as { evidenceId?: unknown }).evidenceId;
      if (typeof evidenceId !== 'string') continue;
      answer.text = (row.consent ? openTexts?.get(evidenceId) : undefined) ?? null;
    } else if (Array.isArray(value)) answer.optionIds = value.map(String);
    else if (typeof value === 'string') answer.optionIds = [value];
    answers.push(answer);
  }
  return {
    id: row.id,
    code: row.participantCode,
    language: row.language,
    segment: row.segment,
    consent: row.consent,
    submittedAt: row.createdAt.toISOString(),
    answers,
  };
}
