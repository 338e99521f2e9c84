import type { MessageKey } from '@timantti/i18n';

/** A line of the free attributes being edited (e.g. "ikäryhmä" – "30–39"). */
export interface AttributeRow {
  key: string;
  name: string;
  value: string;
}

let counter = 0;
const nextKey = () => `attribute-${++counter}`;

export function newAttributeRow(name = '', value = ''): AttributeRow {
  return { key: nextKey(), name, value };
}

export function toAttributeRows(attributes: Record<string, string>): AttributeRow[] {
  return Object.entries(attributes).map(([name, value]) => newAttributeRow(name, value));
}

export const MAX_ATTRIBUTES = 20;

export type AttributeProblem = 'nameMissing' | 'duplicate' | 'nameTooLong' | 'valueTooLong';

/**
 * The attributes as the API takes them, or the first problem of each row. Rows left wholly
 * empty are skipped; a value needs a name, and a name is used once.
 */
export function fromAttributeRows(
  rows: readonly AttributeRow[],
):
  | { attributes: Record<string, string>; problems: null }
  | { attributes: null; problems: Record<string, AttributeProblem> } {
  const attributes: Record<string, string> = {};
  const problems: Record<string, AttributeProblem> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const name = row.name.trim();
    const value = row.value.trim();
    if (!name && !value) continue;
    const problem: AttributeProblem | null = !name
      ? 'nameMissing'
      : name.length > 60
        ? 'nameTooLong'
        : value.length > 200
          ? 'valueTooLong'
          : seen.has(name.toLocaleLowerCase('fi'))
            ? 'duplicate'
            : null;
    if (problem) problems[row.key] = problem;
    seen.add(name.toLocaleLowerCase('fi'));
    attributes[name] = value;
  }
  return Object.keys(problems).length > 0
    ? { attributes: null, problems }
    : { attributes, problems: null };
}

const problemKeys = {
  nameMissing: 'participant.attributes.nameMissing',
  duplicate: 'participant.attributes.duplicate',
  nameTooLong: 'participant.attributes.nameTooLong',
  valueTooLong: 'participant.attributes.valueTooLong',
} as const satisfies Record<AttributeProblem, MessageKey>;

export const attributeNameField = (row: AttributeRow) => `attributeName-${row.key}`;
export const attributeValueField = (row: AttributeRow) => `attributeValue-${row.key}`;

/** Each row's problem as a message key on the field it is about, for the form's errors. */
export function attributeFieldProblems(
  rows: readonly AttributeRow[],
  problems: Record<string, AttributeProblem>,
): Record<string, MessageKey> {
  const result: Record<string, MessageKey> = {};
  for (const row of rows) {
    const problem = problems[row.key];
    if (!problem) continue;
    const field = problem === 'valueTooLong' ? attributeValueField(row) : attributeNameField(row);
    result[field] = problemKeys[problem];
  }
  return result;
}
