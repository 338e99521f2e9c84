import type { appFeedback as fi } from '../fi/app-feedback.ts';

export const appFeedback: Record<keyof typeof fi, string> = {
  'publicForm.languages': 'Language',
  'publicForm.required': 'required',
  'publicForm.requiredNote': 'Questions marked with an asterisk (*) are required.',
  'publicForm.noPersonalData': 'Please do not write your name or other personal data in answers.',
  'publicForm.submit': 'Send answer',
  'publicForm.errorTitle': 'Error',
  'publicForm.errorSummary':
    'Your answer has {count, plural, one {# thing to fix} other {# things to fix}}',
  'publicForm.errorRequired': 'Answer the question: {question}',
  'publicForm.errorTooLong':
    'The answer is too long. Write at most {max, plural, one {# character} other {# characters}}: {question}',
  'publicForm.consentYes': 'Yes, my answer may be kept as research material',
  'publicForm.consentNo': 'No, keep only my ratings and choices, anonymously',
  'publicForm.ratingOf': '{value} of {max}',
  'publicForm.honeypot': 'Leave this field empty',
  'publicForm.thanksTitle': 'Thank you for your answer!',
  'publicForm.thanksBody': 'Your answer has been saved. You can close this page now.',
  'publicForm.duplicateTitle': 'Answer already saved',
  'publicForm.duplicateBody': 'This answer was already sent once and was not saved again.',
  'publicForm.notOpenTitle': 'The form is not open yet',
  'publicForm.notOpenBody': 'The form opens {opens}.',
  'publicForm.closedTitle': 'The form is closed',
  'publicForm.closedBody': 'The form closed {closes}. Answers are no longer accepted.',
  'publicForm.notFoundTitle': 'Form not found',
  'publicForm.notFoundBody': 'Check the address. The form may have been removed.',
  'publicForm.badTitle': 'The answer could not be processed',
  'publicForm.badBody':
    'The answer sent was invalid or too large, and nothing was saved. Open the form again and try once more.',
  'publicForm.reopen': 'Open the form again',
  'publicForm.tooManyTitle': 'Too many answers',
  'publicForm.tooManyBody':
    'Many answers were sent from this address in a short time. Wait a minute and send your answer again.',
  'publicForm.posterCall': 'Tell us what you think',
  'publicForm.posterScan': 'Scan the QR code with your phone or open the address:',
  'publicForm.posterOpens': 'Open for answers: {opens} – {closes}',
  'publicForm.qrAlt': 'QR code that opens {url}',
};
