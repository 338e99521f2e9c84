import type { appFeedback as fi } from '../fi/app-feedback.ts';

export const appFeedback: Record<keyof typeof fi, string> = {
  'publicForm.languages': 'Språk',
  'publicForm.required': 'obligatorisk',
  'publicForm.requiredNote': 'Frågor märkta med asterisk (*) är obligatoriska.',
  'publicForm.noPersonalData': 'Skriv inte ditt namn eller andra personuppgifter i svaren.',
  'publicForm.submit': 'Skicka svaret',
  'publicForm.errorTitle': 'Fel',
  'publicForm.errorSummary':
    'Svaret har {count, plural, one {# punkt att rätta} other {# punkter att rätta}}',
  'publicForm.errorRequired': 'Svara på frågan: {question}',
  'publicForm.errorTooLong':
    'Svaret är för långt. Skriv högst {max, plural, one {# tecken} other {# tecken}}: {question}',
  'publicForm.consentYes': 'Ja, mitt svar får sparas som forskningsmaterial',
  'publicForm.consentNo': 'Nej, av mitt svar får bara betyg och val sparas anonymt',
  'publicForm.ratingOf': '{value} / {max}',
  'publicForm.honeypot': 'Lämna detta fält tomt',
  'publicForm.thanksTitle': 'Tack för ditt svar!',
  'publicForm.thanksBody': 'Ditt svar har sparats. Du kan nu stänga sidan.',
  'publicForm.duplicateTitle': 'Svaret har redan sparats',
  'publicForm.duplicateBody': 'Det här svaret skickades redan en gång och sparades inte igen.',
  'publicForm.notOpenTitle': 'Formuläret är inte öppet ännu',
  'publicForm.notOpenBody': 'Formuläret öppnas {opens}.',
  'publicForm.closedTitle': 'Formuläret är stängt',
  'publicForm.closedBody': 'Formuläret stängdes {closes}. Svar tas inte längre emot.',
  'publicForm.notFoundTitle': 'Formuläret hittades inte',
  'publicForm.notFoundBody': 'Kontrollera adressen. Formuläret kan ha tagits bort.',
  'publicForm.badTitle': 'Svaret kunde inte behandlas',
  'publicForm.badBody':
    'Svaret som skickades var felaktigt eller för stort, och inget sparades. Öppna formuläret igen och försök på nytt.',
  'publicForm.reopen': 'Öppna formuläret igen',
  'publicForm.tooManyTitle': 'För många svar',
  'publicForm.tooManyBody':
    'Många svar har skickats från den här adressen på kort tid. Vänta en minut och skicka ditt svar igen.',
  'publicForm.posterCall': 'Säg vad du tycker',
  'publicForm.posterScan': 'Skanna QR-koden med telefonen eller öppna adressen:',
  'publicForm.posterOpens': 'Svarstid: {opens} – {closes}',
  'publicForm.qrAlt': 'QR-kod som öppnar adressen {url}',
};
