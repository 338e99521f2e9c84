// Texts of the insight pages (oivallukset), part of the app catalog.
export const appInsights = {
  'insight.list.title': 'Oivallukset',
  'insight.list.intro':
    'Mitä tutkimusaineistosta opittiin. Jokainen oivallus perustuu evidenssiin, ja siitä näkyy, kuinka monen osallistujan kokemukset sen takana ovat.',
  'insight.list.count': '{count, plural, one {# oivallus} other {# oivallusta}}',
  'insight.list.empty': 'Oivalluksia ei ole vielä.',
  'insight.list.emptyEdit':
    'Oivalluksia ei ole vielä. Kirjoita oivallus taulun ryhmästä tai valitsemalla evidenssiä tällä sivulla.',
  'insight.statement': 'Oivallus',
  'insight.statementHint':
    'Mitä aineistosta opittiin? Kirjoita se yhdellä tai kahdella virkkeellä.',
  'insight.hmw': 'Miten voisimme…? -kysymys',
  'insight.hmwHint':
    'Vapaaehtoinen. Käännä oivallus kysymykseksi, josta ideointi voi alkaa, esimerkiksi ”Miten voisimme antaa nuorelle yhden ohjaajan koko polulle?”',
  'insight.hmwLabel': 'Miten voisimme…?',
  'insight.evidenceCount': 'Evidenssiä',
  'insight.participantCount': 'Osallistujia',
  'insight.sessionCount': 'Tutkimustilanteita',
  'insight.board': 'Taulu',
  'insight.createdAt': 'Kirjoitettu',
  'insight.backToList': 'Kaikki oivallukset',
  'insight.behind':
    '{participantCount, plural, one {# osallistuja} other {# osallistujaa}} ja {sessionCount, plural, one {# tutkimustilanne} other {# tutkimustilannetta}} tämän oivalluksen takana.',
  'insight.evidence.title': 'Evidenssi, johon oivallus perustuu ({count, number})',
  'insight.evidence.none': 'Evidenssi, johon oivallus perustui, on poistettu tutkimusaineistosta.',
  'insight.evidence.remove': 'Poista oivalluksesta',
  'insight.evidence.removed': 'Evidenssi poistettiin oivalluksesta. Se säilyy tutkimusaineistossa.',
  'insight.edit.open': 'Muokkaa oivallusta',
  'insight.edit.title': 'Muokkaa oivallusta',
  'insight.edit.submit': 'Tallenna muutokset',
  'insight.edit.saved': 'Oivallus on tallennettu.',
  'insight.question.open': 'Muokkaa Miten voisimme…? -kysymystä',
  'insight.question.title': 'Muokkaa Miten voisimme…? -kysymystä',
  'insight.question.saved': 'Kysymys on tallennettu.',
  'insight.delete.open': 'Poista oivallus',
  'insight.delete.title': 'Poistetaanko oivallus?',
  'insight.delete.text':
    'Oivallus poistetaan pysyvästi. Evidenssi, johon se perustuu, säilyy tutkimusaineistossa.',
  'insight.delete.confirm': 'Poista oivallus',
  'insight.write.open': 'Kirjoita oivallus',
  'insight.write.title': 'Kirjoita oivallus',
  'insight.write.chooseEvidence': 'Evidenssi, johon oivallus perustuu',
  'insight.write.chosenNone': 'Evidenssiä ei ole valittu.',
  'insight.write.chosen': '{count, plural, one {# evidenssi} other {# evidenssiä}} valittu',
  'insight.write.noEvidence':
    'Projektissa ei ole vielä evidenssiä. Tee sitä tutkimusaineiston muistiinpanoista.',
  'insight.form.basedOn':
    'Oivallus perustuu {count, plural, one {yhteen evidenssiin} other {# evidenssiin}}.',
  'insight.form.needEvidence': 'Valitse ainakin yksi evidenssi, johon oivallus perustuu.',
  'insight.form.submit': 'Tallenna oivallus',
} as const;
