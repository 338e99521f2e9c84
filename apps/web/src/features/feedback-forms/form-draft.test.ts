import type { FeedbackForm } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import {
  draftOf,
  emptyDraft,
  errorSlots,
  fromHelsinkiLocal,
  helsinkiLocal,
  inputOf,
  placeError,
} from './form-draft.ts';

describe('Helsinki time', () => {
  it.each([
    ['2027-01-15T09:30', '2027-01-15T07:30:00.000Z'],
    ['2027-07-15T09:30', '2027-07-15T06:30:00.000Z'],
    // The hours either side of the spring change, 28 March 2027 at 03:00 → 04:00.
    ['2027-03-28T02:30', '2027-03-28T00:30:00.000Z'],
    ['2027-03-28T04:30', '2027-03-28T01:30:00.000Z'],
  ])('%s is %s and back', (local, instant) => {
    expect(fromHelsinkiLocal(local)).toBe(instant);
    expect(helsinkiLocal(instant)).toBe(local);
  });

  it('takes an empty field as no time', () => {
    expect(fromHelsinkiLocal('')).toBeNull();
  });
});

const form = {
  languages: ['fi', 'sv'],
  title: { fi: 'Otsikko', sv: 'Rubrik' },
  intro: { fi: '', sv: '' },
  opensAt: null,
  closesAt: '2027-01-31T22:00:00.000Z',
  responseCount: 2,
  questions: [
    {
      id: 'age',
      kind: 'segment',
      required: false,
      label: { fi: 'Ikä', sv: 'Ålder' },
      options: [
        { id: 'young', label: { fi: 'Nuori', sv: 'Ung' } },
        { id: 'old', label: { fi: 'Vanha', sv: 'Gammal' } },
      ],
    },
  ],
} as unknown as FeedbackForm;

describe('a form draft', () => {
  it('gives back the form it was made of, answered parts marked', () => {
    const draft = draftOf(form);
    expect(draft.closesAt).toBe('2027-02-01T00:00');
    expect(draft.questions[0]?.answered).toBe(true);
    const { languages, title, intro, opensAt, closesAt, questions } = form;
    expect(inputOf(draft)).toEqual({ languages, title, intro, opensAt, closesAt, questions });
  });

  it('sends only the offered languages and leaves blank texts for the API to name', () => {
    const draft = { ...emptyDraft('sv'), title: { fi: 'Kept', sv: ' ', en: '' } };
    const input = inputOf(draft);
    expect(input.title).toEqual({});
    expect(input.questions[0]).toMatchObject({ kind: 'rating', scaleMax: 5, label: {} });
  });

  it("places the API's errors at the fields they are about", () => {
    const draft = draftOf(form);
    const [question] = draft.questions;
    if (question) question.label.sv = '';
    const slots = errorSlots(draft);
    expect(placeError('questions.0.label', draft, slots)).toEqual(['questions.0.label.sv']);
    expect(placeError('/questions/0/options/1', draft, slots)).toEqual([
      'questions.0.options.1.label.fi',
    ]);
    expect(placeError('closesAt', draft, slots)).toEqual(['closesAt']);
    expect(placeError('questions.0.kind', draft, slots)).toEqual(['questions.0.kind']);
    expect(placeError('questions.3', draft, slots)).toEqual(['questions']);
  });
});
