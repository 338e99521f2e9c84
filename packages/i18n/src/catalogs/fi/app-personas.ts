// Texts of the persona and customer story pages (personat ja asiakastarinat), part of the app catalog.
export const appPersonas = {
  'synthesis.nav.personas': 'Personat ja asiakastarinat',
  'synthesis.section.personas':
    'asiakkaat ja heidän tarinansa, joiden tarpeet ja turhautumiset perustuvat evidenssiin',
  'searchType.persona': 'Persona tai asiakastarina',
  'personaKind.persona': 'Persona',
  'personaKind.customer_story': 'Asiakastarina',
  'personaIcon.person': 'Kuvake: henkilö',
  'personaIcon.youth': 'Kuvake: nuori',
  'personaIcon.senior': 'Kuvake: ikääntynyt',
  'personaIcon.family': 'Kuvake: perhe',
  'personaIcon.worker': 'Kuvake: työntekijä',
  'personaIcon.entrepreneur': 'Kuvake: yrittäjä',

  'persona.list.title': 'Personat ja asiakastarinat',
  'persona.list.intro':
    'Kuvitellut mutta tutkimukseen perustuvat asiakkaat ja heidän tarinansa. Jokaisesta näkyy, kuinka monen osallistujan kokemukset sen takana ovat.',
  'persona.list.count':
    '{count, plural, one {# persona tai asiakastarina} other {# personaa tai asiakastarinaa}}',
  'persona.list.empty': 'Personoja tai asiakastarinoita ei ole vielä.',
  'persona.list.emptyEdit':
    'Personoja tai asiakastarinoita ei ole vielä. Kirjoita ensimmäinen ja liitä sen kenttiin evidenssiä tutkimusaineistosta.',
  'persona.evidenceCount': 'Evidenssiä',
  'persona.participantCount': 'Osallistujia',
  'persona.backToList': 'Kaikki personat ja asiakastarinat',
  'persona.createdAt': 'Kirjoitettu',
  'persona.behind':
    '{participantCount, plural, one {# osallistuja} other {# osallistujaa}} ja {sessionCount, plural, one {# tutkimustilanne} other {# tutkimustilannetta}} tämän kuvauksen takana.',

  'persona.kind': 'Tyyppi',
  'persona.language': 'Kieli',
  'persona.name': 'Nimi',
  'persona.nameHint': 'Keksitty nimi, ei oikean ihmisen. Esimerkiksi ”Niko, 24”.',
  'persona.avatar': 'Kuva',
  'persona.avatarHint':
    'Nimikirjaimet tai kuvake. Valokuvia ei käytetä, jottei persona näytä oikealta ihmiseltä.',
  'persona.avatar.initials': 'Nimikirjaimet',
  'persona.segment': 'Asiakasryhmä',
  'persona.segmentHint': 'Keitä persona edustaa, esimerkiksi ”Alle 30-vuotiaat työnhakijat”.',
  'persona.needs': 'Tarpeet',
  'persona.goals': 'Tavoitteet',
  'persona.frustrations': 'Turhautumiset',
  'persona.quote': 'Sitaatti',
  'persona.quoteHint': 'Lause, joka kiteyttää asiakkaan näkökulman.',
  'persona.story': 'Asiakastarina',
  'persona.storyHint':
    'Asiakkaan kulku palveluissa hänen näkökulmastaan: mitä tapahtui ja miltä se tuntui.',
  'persona.form.oneALine': 'Yksi asia riville.',
  'persona.form.tooManyLines': 'Enintään {max, plural, one {# rivi} other {# riviä}}.',
  'persona.form.lineTooLong':
    'Rivi on liian pitkä (enintään {max, plural, one {# merkki} other {# merkkiä}}).',
  'persona.cite.title': 'Evidenssi, johon kentät perustuvat',
  'persona.cite.intro':
    'Valitse kenttä ja sitten evidenssi, joka sitä tukee. Sama evidenssi voi tukea useaa kenttää.',
  'persona.cite.summary': 'Evidenssiä kentittäin',
  'persona.cite.field': 'Kenttä',
  'persona.cite.choose': 'Evidenssi, johon kenttä ”{field}” perustuu',
  'persona.cite.count': '{count, plural, one {# evidenssi} other {# evidenssiä}}',

  'persona.new.open': 'Uusi persona tai asiakastarina',
  'persona.new.title': 'Uusi persona tai asiakastarina',
  'persona.new.intro':
    'Kuvaa asiakas tutkimusaineiston pohjalta ja näytä, mihin evidenssiin kukin kenttä perustuu.',
  'persona.new.submit': 'Tallenna',
  'persona.edit.open': 'Muokkaa',
  'persona.edit.title': 'Muokkaa: {name}',
  'persona.edit.submit': 'Tallenna muutokset',
  'persona.delete.open': 'Poista',
  'persona.delete.title': 'Poistetaanko {name}?',
  'persona.delete.text':
    'Kuvaus poistetaan pysyvästi. Evidenssi, johon se perustuu, säilyy tutkimusaineistossa.',
  'persona.delete.confirm': 'Poista',

  'persona.field.empty': 'Ei kirjoitettu.',
  'persona.field.restsOn': 'Perustuu:',
  'persona.field.noEvidence': 'Ei evidenssiä.',
  'persona.field.noParticipant': 'Evidenssi',
  'persona.field.withdrawn': 'poistettu osallistujan pyynnöstä',
  'persona.evidence.title': 'Evidenssi, johon kuvaus perustuu ({count, number})',
  'persona.evidence.none': 'Kenttiin ei ole liitetty evidenssiä.',

  'persona.export.svg': 'Lataa SVG',
  'persona.export.png': 'Lataa PNG',
  'persona.export.failed': 'Kuvan tekeminen epäonnistui. Yritä uudelleen.',
  'persona.export.basis':
    'Perustuu {count, plural, one {yhden osallistujan} other {# osallistujan}} evidenssiin',
} as const;
