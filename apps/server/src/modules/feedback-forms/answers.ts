import { FEEDBACK_MAX_OPEN_ANSWER, type FeedbackQuestion } from '@timantti/contracts';

/*
 * A public form's posted fields read against its questions: `q.<id>` per question (repeated for
 * multiple choice). Anything that is not an answer the question allows is refused as bad input;
 * a missing required answer is an error shown beside its field.
 */

export type Answer = number | string | string[] | boolean;
export type FieldErrorCode = 'required' | 'too_long';
export type ParsedAnswers =
  | { ok: true; answers: Record<string, Answer>; openTexts: Record<string, string> }
  | { ok: false; bad: true }
  | {
      ok: false;
      bad: false;
      errors: { questionId: string; code: FieldErrorCode }[];
      values: Record<string, string[]>;
    };

// U+0000 and lone surrogates cannot be stored; such a post is not a person typing.
// eslint-disable-next-line no-control-regex -- NUL is what it finds
const UNSTORABLE = /[\u0000\p{Cs}]/u;

export const fieldName = (questionId: string) => `q.${questionId}`;

export function parseAnswers(
  questions: FeedbackQuestion[],
  fields: URLSearchParams,
): ParsedAnswers {
  const answers: Record<string, Answer> = {};
  const openTexts: Record<string, string> = {};
  const values: Record<string, string[]> = {};
  const errors: { questionId: string; code: FieldErrorCode }[] = [];
  for (const question of questions) {
    const sent = fields.getAll(fieldName(question.id));
    if (sent.some((v) => UNSTORABLE.test(v))) return { ok: false, bad: true };
    values[question.id] = sent;
    const one = sent.length === 1 ? (sent[0] ?? '').trim() : sent.length === 0 ? '' : null;
    if (question.kind !== 'multiple' && one === null) return { ok: false, bad: true };
    const empty = question.kind === 'multiple' ? sent.length === 0 : one === '';
    if (empty) {
      if (question.required) errors.push({ questionId: question.id, code: 'required' });
      continue;
    }
    switch (question.kind) {
      case 'rating': {
        const n = Number(one);
        if (!Number.isInteger(n) || n < 1 || n > question.scaleMax) return { ok: false, bad: true };
        answers[question.id] = n;
        break;
      }
      case 'single':
      case 'segment': {
        if (!question.options.some((o) => o.id === one)) return { ok: false, bad: true };
        answers[question.id] = one ?? '';
        break;
      }
      case 'multiple': {
        const ids = new Set(sent);
        if (ids.size !== sent.length || sent.some((v) => !question.options.some((o) => o.id === v)))
          return { ok: false, bad: true };
        answers[question.id] = question.options.filter((o) => ids.has(o.id)).map((o) => o.id);
        break;
      }
      case 'consent': {
        if (one !== 'yes' && one !== 'no') return { ok: false, bad: true };
        answers[question.id] = one === 'yes';
        break;
      }
      case 'open': {
        const textValue = one ?? '';
        if (textValue.length > FEEDBACK_MAX_OPEN_ANSWER) {
          errors.push({ questionId: question.id, code: 'too_long' });
          break;
        }
        openTexts[question.id] = textValue;
        break;
      }
    }
  }
  if (errors.length > 0) return { ok: false, bad: false, errors, values };
  return { ok: true, answers, openTexts };
}
