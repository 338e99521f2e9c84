import type { FeedbackFormInput } from '@timantti/contracts';
import type { FormValues } from './feedback-forms.repo.ts';

/** The stored columns of a form's validated input. */
export function formValues(values: FeedbackFormInput): FormValues {
  return {
    languages: values.languages,
    title: values.title,
    intro: values.intro,
    questions: values.questions,
    opensAt: values.opensAt ? new Date(values.opensAt) : null,
    closesAt: values.closesAt ? new Date(values.closesAt) : null,
  };
}
