import type { ConsentInput, ConsentMethod } from '@timantti/contracts';
import type { MessageKey } from '@timantti/i18n';
import type { z } from 'zod';

/** A consent being recorded, as its form holds it (dates as YYYY-MM-DD, '' when not given). */
export interface ConsentValues {
  purpose: string;
  givenOn: string;
  method: z.infer<typeof ConsentMethod>;
  expiresOn: string;
}

export function newConsent(today: string): ConsentValues {
  return { purpose: '', givenOn: today, method: 'written', expiresOn: '' };
}

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Problems of the consent fields, keyed by field name, as message keys. */
export function consentProblems(values: ConsentValues): Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  if (!values.purpose.trim()) problems.purpose = 'validation.required';
  else if (values.purpose.trim().length > 1000) problems.purpose = 'consent.purposeTooLong';
  if (!values.givenOn) problems.givenOn = 'validation.required';
  else if (!isDate(values.givenOn)) problems.givenOn = 'validation.invalid_format';
  if (values.expiresOn) {
    if (!isDate(values.expiresOn)) problems.expiresOn = 'validation.invalid_format';
    else if (values.givenOn && values.expiresOn < values.givenOn)
      problems.expiresOn = 'consent.expiresBeforeGiven';
  }
  return problems;
}

export function consentInput(values: ConsentValues): z.input<typeof ConsentInput> {
  return {
    purpose: values.purpose.trim(),
    givenOn: values.givenOn,
    method: values.method,
    expiresOn: values.expiresOn || null,
  };
}
