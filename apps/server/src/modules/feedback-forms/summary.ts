import type { FeedbackQuestion, FeedbackSummary, LocalizedText } from '@timantti/contracts';

type ResponseAnswers = { consent: boolean; answers: Record<string, unknown> };

/**
 * Ratings and choices counted per question (every response, with consent or without); open
 * questions count only how many answered, never their text.
 */
export function summarise(
  questions: FeedbackQuestion[],
  responses: ResponseAnswers[],
  segments: string[],
): FeedbackSummary {
  return {
    responseCount: responses.length,
    consentedCount: responses.filter((r) => r.consent).length,
    segments,
    questions: questions.map((question) => {
      const values = responses
        .map((r) => r.answers[question.id])
        .filter((v) => v !== undefined && v !== null);
      const counts: { id: string; count: number }[] = [];
      let average: number | null = null;
      if (question.kind === 'rating') {
        for (let point = 1; point <= question.scaleMax; point++) {
          counts.push({ id: String(point), count: values.filter((v) => v === point).length });
        }
        const numbers = values.filter((v): v is number => typeof v === 'number');
        average = numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
      } else if (question.kind === 'consent') {
        counts.push({ id: 'yes', count: values.filter((v) => v === true).length });
        counts.push({ id: 'no', count: values.filter((v) => v === false).length });
      } else if (question.kind !== 'open') {
        for (const option of question.options) {
          counts.push({
            id: option.id,
            count: values.filter(
              (v) => v === option.id || (Array.isArray(v) && v.includes(option.id)),
            ).length,
          });
        }
      }
      return {
        questionId: question.id,
        kind: question.kind,
        answered: values.length,
        counts,
        average,
      };
    }),
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell: quoted, and a leading = + - @ made inert so a spreadsheet shows it as text. */
export function csvCell(value: string, delimiter: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /["\n\r]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type CsvRow = {
  participantCode: string | null;
  language: string;
  segment: string;
  consent: boolean;
  createdAt: Date;
  answers: Record<string, unknown>;
};

/**
 * The responses as CSV, UTF-8 with a byte order mark so Excel reads it as UTF-8; ';' for
 * Finnish Excel on request. Open answers are the evidence texts that still stand.
 */
export function responsesCsv(input: {
  questions: FeedbackQuestion[];
  language: 'fi' | 'sv' | 'en';
  rows: CsvRow[];
  openTexts: Map<string, string>;
  delimiter: ',' | ';';
  headings: {
    code: string;
    language: string;
    segment: string;
    consent: string;
    answeredAt: string;
  };
}): string {
  const { questions, language, rows, openTexts, delimiter, headings } = input;
  const label = (t: LocalizedText) => t[language] ?? t.fi ?? t.sv ?? t.en ?? '';
  const optionLabel = (question: FeedbackQuestion, id: unknown) =>
    'options' in question
      ? label(question.options.find((o) => o.id === id)?.label ?? {})
      : String(id);
  const header = [
    headings.code,
    headings.language,
    headings.segment,
    headings.consent,
    headings.answeredAt,
    ...questions.map((q) => label(q.label)),
  ];
  const lines = rows.map((row) => [
    row.participantCode ?? '',
    row.language,
    row.segment,
    row.consent ? '1' : '0',
    row.createdAt.toISOString(),
    ...questions.map((q) => {
      const value = row.answers[q.id];
      if (value === undefined || value === null) return '';
      if (q.kind === 'open') {
        const evidenceId = (value as { evidenceId?: unknown }).evidenceId;
        return typeof evidenceId === 'string' ? (openTexts.get(evidenceId) ?? '') : '';
      }
      if (q.kind === 'consent') return value === true ? '1' : '0';
      if (q.kind === 'rating') return String(value);
      if (Array.isArray(value)) return value.map((id) => optionLabel(q, id)).join(', ');
      return optionLabel(q, value);
    }),
  ]);
  return (
    '\uFEFF' +
    [header, ...lines]
      .map((cells) => cells.map((c) => csvCell(c, delimiter)).join(delimiter))
      .join('\r\n') +
    '\r\n'
  );
}
