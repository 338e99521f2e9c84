import type { FeedbackQuestion } from '@timantti/contracts';

/*
 * What an edit may change once a form has answers. Stored answers are keyed by question and
 * option id and read against the question's kind and scale, so those stay as they were; texts
 * can be corrected in any language, the closing time moved, and optional questions appended
 * (required ones would make every earlier response incomplete).
 */

export const answeredFormRefusals = [
  'questionRemoved',
  'questionMoved',
  'kindChanged',
  'optionChanged',
  'scaleChanged',
  'addedRequired',
] as const;
export type AnsweredFormRefusal = (typeof answeredFormRefusals)[number];

/** One refused change, at the path of the edit's field it is about. */
export type AnsweredFormChange = { path: string; reason: AnsweredFormRefusal };

const optionIds = (question: FeedbackQuestion) =>
  'options' in question ? question.options.map((o) => o.id) : [];

function questionChanges(
  before: FeedbackQuestion,
  after: FeedbackQuestion,
  at: string,
): AnsweredFormChange[] {
  if (before.kind !== after.kind) return [{ path: `${at}.kind`, reason: 'kindChanged' }];
  const changes: AnsweredFormChange[] = [];
  if (before.kind === 'rating' && after.kind === 'rating' && before.scaleMax !== after.scaleMax)
    changes.push({ path: `${at}.scaleMax`, reason: 'scaleChanged' });
  // Options may be added; each answered one keeps its id and its place.
  const kept = optionIds(after);
  optionIds(before).forEach((id, index) => {
    if (kept[index] !== id)
      changes.push({ path: `${at}.options.${index}`, reason: 'optionChanged' });
  });
  return changes;
}

/**
 * The changes of an edit from `before` to `after` questions that a form with answers refuses;
 * empty when the edit may land.
 */
export function answeredFormChanges(
  before: readonly FeedbackQuestion[],
  after: readonly FeedbackQuestion[],
): AnsweredFormChange[] {
  const changes: AnsweredFormChange[] = [];
  const afterIds = new Set(after.map((q) => q.id));
  if (before.some((q) => !afterIds.has(q.id)))
    changes.push({ path: 'questions', reason: 'questionRemoved' });
  after.forEach((question, index) => {
    const at = `questions.${index}`;
    const previous = before[index];
    if (previous?.id === question.id) {
      changes.push(...questionChanges(previous, question, at));
    } else if (before.some((q) => q.id === question.id)) {
      changes.push({ path: at, reason: 'questionMoved' });
    } else if (index < before.length) {
      // A new question in the place of an answered one: the answered ones come first.
      changes.push({ path: at, reason: 'questionMoved' });
    } else if (question.required) {
      changes.push({ path: `${at}.required`, reason: 'addedRequired' });
    }
  });
  return changes;
}
