import type { ImportSettings } from '@timantti/contracts';
import { AppError } from '../../../platform/errors.ts';
import type { CsvError, CsvRow } from './csv/read-csv.ts';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_ATTRIBUTE = 200;
const MAX_EVIDENCE = 10_000;

/** A CSV reader error as a problem that names the line. */
export function csvProblem(error: CsvError): AppError {
  return new AppError(error.code, {
    status: error.code === 'csv_too_large' ? 413 : 422,
    params: { line: error.line, expected: error.expected ?? '', actual: error.actual ?? '' },
  });
}

/** One row of the file as what it becomes: a participant and their answers. */
export type Respondent = {
  line: number;
  segment: string;
  attributes: Record<string, string>;
  answers: string[];
};

/** The row read with the columns' roles; a value too long is refused, naming its line. */
export function respondentOf(
  header: readonly string[],
  columns: ImportSettings['columns'],
  row: CsvRow,
): Respondent {
  const respondent: Respondent = { line: row.line, segment: '', attributes: {}, answers: [] };
  const segments: string[] = [];
  columns.forEach((role, index) => {
    const value = (row.values[index] ?? '').trim();
    const column = header[index] ?? '';
    const max = role === 'evidence' ? MAX_EVIDENCE : MAX_ATTRIBUTE;
    if (role !== 'ignore' && value.length > max) {
      throw new AppError('csv_value_too_long', {
        status: 422,
        params: { line: row.line, column, max },
      });
    }
    if (!value) return;
    if (role === 'evidence') respondent.answers.push(value);
    if (role === 'attribute') respondent.attributes[column] = value;
    if (role === 'segment') segments.push(value);
  });
  respondent.segment = segments.join(' / ');
  return respondent;
}
