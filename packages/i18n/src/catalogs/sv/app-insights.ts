import type { appInsights as fi } from '../fi/app-insights.ts';

export const appInsights: Record<keyof typeof fi, string> = {
  'insight.list.title': 'Insikter',
  'insight.list.intro':
    'Vad forskningsmaterialet lärde oss. Varje insikt vilar på evidens, och det syns hur många deltagares erfarenheter som ligger bakom den.',
  'insight.list.count': '{count, plural, one {# insikt} other {# insikter}}',
  'insight.list.empty': 'Det finns inga insikter ännu.',
  'insight.list.emptyEdit':
    'Det finns inga insikter ännu. Skriv en insikt utifrån en grupp på en tavla eller genom att välja evidens på denna sida.',
  'insight.statement': 'Insikt',
  'insight.statementHint': 'Vad lärde materialet oss? Skriv det med en eller två meningar.',
  'insight.hmw': 'Hur skulle vi kunna …?-fråga',
  'insight.hmwHint':
    'Frivillig. Vänd insikten till en fråga som idéarbetet kan börja från, till exempel ”Hur skulle vi kunna ge den unga en och samma handledare längs hela vägen?”',
  'insight.hmwLabel': 'Hur skulle vi kunna …?',
  'insight.evidenceCount': 'Evidens',
  'insight.participantCount': 'Deltagare',
  'insight.sessionCount': 'Undersökningstillfällen',
  'insight.board': 'Tavla',
  'insight.createdAt': 'Skriven',
  'insight.backToList': 'Alla insikter',
  'insight.behind':
    '{participantCount, plural, one {# deltagare} other {# deltagare}} och {sessionCount, plural, one {# undersökningstillfälle} other {# undersökningstillfällen}} bakom denna insikt.',
  'insight.evidence.title': 'Evidensen som insikten vilar på ({count, number})',
  'insight.evidence.none': 'Evidensen som insikten vilade på har raderats ur forskningsmaterialet.',
  'insight.evidence.remove': 'Ta bort ur insikten',
  'insight.evidence.removed':
    'Evidensen togs bort ur insikten. Den finns kvar i forskningsmaterialet.',
  'insight.edit.open': 'Redigera insikten',
  'insight.edit.title': 'Redigera insikten',
  'insight.edit.submit': 'Spara ändringarna',
  'insight.edit.saved': 'Insikten har sparats.',
  'insight.question.open': 'Redigera Hur skulle vi kunna …?-frågan',
  'insight.question.title': 'Redigera Hur skulle vi kunna …?-frågan',
  'insight.question.saved': 'Frågan har sparats.',
  'insight.delete.open': 'Radera insikten',
  'insight.delete.title': 'Radera insikten?',
  'insight.delete.text':
    'Insikten raderas permanent. Evidensen som den vilar på finns kvar i forskningsmaterialet.',
  'insight.delete.confirm': 'Radera insikten',
  'insight.write.open': 'Skriv en insikt',
  'insight.write.title': 'Skriv en insikt',
  'insight.write.chooseEvidence': 'Evidensen som insikten vilar på',
  'insight.write.chosenNone': 'Ingen evidens har valts.',
  'insight.write.chosen': '{count, plural, one {# evidens vald} other {# evidens valda}}',
  'insight.write.noEvidence':
    'Projektet har ingen evidens ännu. Skapa evidens utifrån anteckningarna i forskningsmaterialet.',
  'insight.form.basedOn': 'Insikten vilar på {count, plural, one {en evidens} other {# evidens}}.',
  'insight.form.needEvidence': 'Välj minst en evidens som insikten vilar på.',
  'insight.form.submit': 'Spara insikten',
};
