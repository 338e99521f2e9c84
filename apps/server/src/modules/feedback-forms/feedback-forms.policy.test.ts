import type { FeedbackQuestion } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { answeredFormChanges, type AnsweredFormChange } from './feedback-forms.policy.ts';

const rating: FeedbackQuestion = {
  id: 'overall',
  kind: 'rating',
  required: true,
  label: { fi: 'Kuinka helppoa?' },
  scaleMax: 5,
  minLabel: { fi: 'Vaikeaa' },
  maxLabel: { fi: 'Helppoa' },
};
type OptionOf = { id: string; label: { fi?: string } };
const choice: Extract<FeedbackQuestion, { kind: 'single' }> = {
  id: 'channel',
  kind: 'single',
  required: false,
  label: { fi: 'Miten asioit?' },
  options: [
    { id: 'desk', label: { fi: 'Tiskillä' } },
    { id: 'kiosk', label: { fi: 'Päätteellä' } },
  ],
};
const [desk, kiosk] = choice.options as [OptionOf, OptionOf];
const open: FeedbackQuestion = { id: 'idea', kind: 'open', required: false, label: { fi: 'Idea' } };
const before = [rating, choice];

// [what the edit does, the questions after it, the refused changes]
const table: [string, FeedbackQuestion[], AnsweredFormChange[]][] = [
  ['changes nothing', [rating, choice], []],
  [
    'rewrites texts in every language',
    [
      { ...rating, label: { fi: 'Kuinka helppoa oli?', sv: 'Hur lätt?' } },
      { ...choice, options: choice.options.map((o) => ({ ...o, label: { fi: `${o.id}!` } })) },
    ],
    [],
  ],
  ['appends an optional question', [rating, choice, open], []],
  [
    'adds an option after the answered ones',
    [rating, { ...choice, options: [...choice.options, { id: 'web', label: { fi: 'Verkossa' } }] }],
    [],
  ],
  ['removes a question', [rating], [{ path: 'questions', reason: 'questionRemoved' }]],
  [
    "changes a question's kind",
    [rating, { ...choice, kind: 'segment' }],
    [{ path: 'questions.1.kind', reason: 'kindChanged' }],
  ],
  [
    "changes a rating's range",
    [{ ...rating, scaleMax: 7 }, choice],
    [{ path: 'questions.0.scaleMax', reason: 'scaleChanged' }],
  ],
  [
    'removes an option',
    [rating, { ...choice, options: [desk, { id: 'web', label: { fi: 'Verkko' } }] }],
    [{ path: 'questions.1.options.1', reason: 'optionChanged' }],
  ],
  [
    "changes an option's id",
    [rating, { ...choice, options: [{ ...desk, id: 'counter' }, kiosk] }],
    [{ path: 'questions.1.options.0', reason: 'optionChanged' }],
  ],
  [
    'appends a required question',
    [rating, choice, { ...open, required: true }],
    [{ path: 'questions.2.required', reason: 'addedRequired' }],
  ],
  [
    'puts a new question before an answered one',
    [rating, open, choice],
    [
      { path: 'questions.1', reason: 'questionMoved' },
      { path: 'questions.2', reason: 'questionMoved' },
    ],
  ],
  [
    'swaps two answered questions',
    [choice, rating],
    [
      { path: 'questions.0', reason: 'questionMoved' },
      { path: 'questions.1', reason: 'questionMoved' },
    ],
  ],
];

describe('answeredFormChanges', () => {
  it.each(table)('an edit that %s', (_what, after, refused) => {
    expect(answeredFormChanges(before, after)).toEqual(refused);
  });
});
