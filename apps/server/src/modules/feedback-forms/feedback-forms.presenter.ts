import type { FeedbackForm, FeedbackQuestion, LocalizedText } from '@timantti/contracts';
import type { FeedbackFormRow } from './feedback-forms.repo.ts';

export type FormAbilities = { edit: boolean; readOpenAnswers: boolean };

export function presentForm(
  row: FeedbackFormRow,
  responseCount: number,
  abilities: FormAbilities,
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
    path: `/f/${row.code}`,
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
): Omit<FeedbackForm, 'intro' | 'questions'> {
  const form = presentForm(row, responseCount, abilities);
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
    path: form.path,
    responseCount: form.responseCount,
    createdAt: form.createdAt,
    version: form.version,
    abilities: form.abilities,
  };
}
