import type { appPersonas as fi } from '../fi/app-personas.ts';

export const appPersonas: Record<keyof typeof fi, string> = {
  'synthesis.nav.personas': 'Personas och kundberättelser',
  'synthesis.section.personas':
    'kunder och deras berättelser, vars behov och frustrationer bygger på evidens',
  'searchType.persona': 'Persona eller kundberättelse',
  'personaKind.persona': 'Persona',
  'personaKind.customer_story': 'Kundberättelse',
  'personaIcon.person': 'Ikon: person',
  'personaIcon.youth': 'Ikon: ung person',
  'personaIcon.senior': 'Ikon: äldre person',
  'personaIcon.family': 'Ikon: familj',
  'personaIcon.worker': 'Ikon: arbetstagare',
  'personaIcon.entrepreneur': 'Ikon: företagare',

  'persona.list.title': 'Personas och kundberättelser',
  'persona.list.intro':
    'Påhittade men forskningsbaserade kunder och deras berättelser. För var och en syns hur många deltagares erfarenheter som ligger bakom.',
  'persona.list.count':
    '{count, plural, one {# persona eller kundberättelse} other {# personas eller kundberättelser}}',
  'persona.list.empty': 'Det finns inga personas eller kundberättelser ännu.',
  'persona.list.emptyEdit':
    'Det finns inga personas eller kundberättelser ännu. Skriv den första och koppla evidens från forskningsmaterialet till dess fält.',
  'persona.evidenceCount': 'Evidens',
  'persona.participantCount': 'Deltagare',
  'persona.backToList': 'Alla personas och kundberättelser',
  'persona.createdAt': 'Skriven',
  'persona.behind':
    '{participantCount, plural, one {# deltagare} other {# deltagare}} och {sessionCount, plural, one {# undersökningstillfälle} other {# undersökningstillfällen}} bakom denna beskrivning.',

  'persona.kind': 'Typ',
  'persona.language': 'Språk',
  'persona.name': 'Namn',
  'persona.nameHint': 'Ett påhittat namn, inte en verklig persons. Till exempel ”Niko, 24”.',
  'persona.avatar': 'Bild',
  'persona.avatarHint':
    'Initialer eller en ikon. Foton används inte, så att personan inte ser ut som en verklig människa.',
  'persona.avatar.initials': 'Initialer',
  'persona.segment': 'Kundgrupp',
  'persona.segmentHint': 'Vilka personan representerar, till exempel ”Arbetssökande under 30 år”.',
  'persona.needs': 'Behov',
  'persona.goals': 'Mål',
  'persona.frustrations': 'Frustrationer',
  'persona.quote': 'Citat',
  'persona.quoteHint': 'En mening som sammanfattar kundens synvinkel.',
  'persona.story': 'Kundberättelse',
  'persona.storyHint':
    'Kundens väg genom tjänsterna ur kundens synvinkel: vad som hände och hur det kändes.',
  'persona.form.oneALine': 'En sak per rad.',
  'persona.form.tooManyLines': 'Högst {max, plural, one {# rad} other {# rader}}.',
  'persona.form.lineTooLong':
    'Raden är för lång (högst {max, plural, one {# tecken} other {# tecken}}).',
  'persona.cite.title': 'Evidens som fälten bygger på',
  'persona.cite.intro':
    'Välj ett fält och sedan den evidens som stöder det. Samma evidens kan stöda flera fält.',
  'persona.cite.summary': 'Evidens per fält',
  'persona.cite.field': 'Fält',
  'persona.cite.choose': 'Evidens som fältet ”{field}” bygger på',
  'persona.cite.count': '{count, plural, one {# evidens} other {# evidens}}',

  'persona.new.open': 'Ny persona eller kundberättelse',
  'persona.new.title': 'Ny persona eller kundberättelse',
  'persona.new.intro':
    'Beskriv en kund utifrån forskningsmaterialet och visa vilken evidens varje fält bygger på.',
  'persona.new.submit': 'Spara',
  'persona.edit.open': 'Redigera',
  'persona.edit.title': 'Redigera: {name}',
  'persona.edit.submit': 'Spara ändringarna',
  'persona.delete.open': 'Radera',
  'persona.delete.title': 'Radera {name}?',
  'persona.delete.text':
    'Beskrivningen raderas permanent. Evidensen som den bygger på finns kvar i forskningsmaterialet.',
  'persona.delete.confirm': 'Radera',

  'persona.field.empty': 'Inte ifyllt.',
  'persona.field.restsOn': 'Bygger på:',
  'persona.field.noEvidence': 'Ingen evidens.',
  'persona.field.noParticipant': 'Evidens',
  'persona.field.withdrawn': 'raderad på deltagarens begäran',
  'persona.evidence.title': 'Evidens som beskrivningen bygger på ({count, number})',
  'persona.evidence.none': 'Ingen evidens har kopplats till fälten.',

  'persona.export.svg': 'Ladda ner SVG',
  'persona.export.png': 'Ladda ner PNG',
  'persona.export.failed': 'Bilden kunde inte skapas. Försök igen.',
  'persona.export.basis':
    'Bygger på evidens från {count, plural, one {en deltagare} other {# deltagare}}',
};
