import type { ImportColumnRole, ImportPreview } from '@timantti/contracts';
import type { z } from 'zod';

export type ColumnRole = z.infer<typeof ImportColumnRole>;

// Survey tools put a respondent number, a timestamp and similar bookkeeping first; answers
// written in one's own words are longer and hold spaces.
const bookkeeping =
  /^(id|#|nro|n:o|vastaaja|respondent|timestamp|aikaleima|tidsstämpel|start|end|alkoi|päättyi|completion time|email|sähköposti|e-post)/i;
const FREE_TEXT_MIN_LENGTH = 25;

/**
 * A first guess of each column's role from the preview, for the user to check: long texts
 * with spaces are free-text answers (evidence), short values are attributes, bookkeeping and
 * empty columns are left out.
 */
export function guessColumnRoles(preview: Pick<ImportPreview, 'header' | 'rows'>): ColumnRole[] {
  return preview.header.map((name, column) => {
    const values = preview.rows
      .map((row) => row.values[column]?.trim() ?? '')
      .filter((value) => value !== '');
    if (values.length === 0 || bookkeeping.test(name.trim())) return 'ignore';
    const average = values.reduce((sum, value) => sum + value.length, 0) / values.length;
    const wordy = values.filter((value) => /\s/.test(value)).length >= values.length / 2;
    return average >= FREE_TEXT_MIN_LENGTH && wordy ? 'evidence' : 'attribute';
  });
}

/** The file name without its extension: a starting point for the survey session's title. */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}
