import type { appPersonas as fi } from '../fi/app-personas.ts';

export const appPersonas: Record<keyof typeof fi, string> = {
  'synthesis.nav.personas': 'Personas and customer stories',
  'synthesis.section.personas':
    'customers and their stories, whose needs and frustrations rest on evidence',
  'searchType.persona': 'Persona or customer story',
  'personaKind.persona': 'Persona',
  'personaKind.customer_story': 'Customer story',
  'personaIcon.person': 'Icon: person',
  'personaIcon.youth': 'Icon: young person',
  'personaIcon.senior': 'Icon: older person',
  'personaIcon.family': 'Icon: family',
  'personaIcon.worker': 'Icon: worker',
  'personaIcon.entrepreneur': 'Icon: entrepreneur',

  'persona.list.title': 'Personas and customer stories',
  'persona.list.intro':
    'Made-up but research-based customers and their stories. Each shows how many participants’ experiences stand behind it.',
  'persona.list.count':
    '{count, plural, one {# persona or customer story} other {# personas or customer stories}}',
  'persona.list.empty': 'There are no personas or customer stories yet.',
  'persona.list.emptyEdit':
    'There are no personas or customer stories yet. Write the first one and attach evidence from the research material to its fields.',
  'persona.evidenceCount': 'Evidence',
  'persona.participantCount': 'Participants',
  'persona.backToList': 'All personas and customer stories',
  'persona.createdAt': 'Written',
  'persona.behind':
    '{participantCount, plural, one {# participant} other {# participants}} and {sessionCount, plural, one {# research session} other {# research sessions}} behind this description.',

  'persona.kind': 'Type',
  'persona.language': 'Language',
  'persona.name': 'Name',
  'persona.nameHint': 'A made-up name, not a real person’s. For example “Niko, 24”.',
  'persona.avatar': 'Picture',
  'persona.avatarHint':
    'Initials or an icon. No photos are used, so the persona does not look like a real person.',
  'persona.avatar.initials': 'Initials',
  'persona.segment': 'Customer group',
  'persona.segmentHint': 'Whom the persona stands for, for example “Job seekers under 30”.',
  'persona.needs': 'Needs',
  'persona.goals': 'Goals',
  'persona.frustrations': 'Frustrations',
  'persona.quote': 'Quote',
  'persona.quoteHint': 'A sentence that sums up the customer’s point of view.',
  'persona.story': 'Customer story',
  'persona.storyHint':
    'The customer’s way through the services from their point of view: what happened and how it felt.',
  'persona.form.oneALine': 'One item per line.',
  'persona.form.tooManyLines': 'At most {max, plural, one {# line} other {# lines}}.',
  'persona.form.lineTooLong':
    'A line is too long (at most {max, plural, one {# character} other {# characters}}).',
  'persona.cite.title': 'Evidence the fields rest on',
  'persona.cite.intro':
    'Choose a field, then the evidence that supports it. The same evidence may support several fields.',
  'persona.cite.summary': 'Evidence per field',
  'persona.cite.field': 'Field',
  'persona.cite.choose': 'Evidence the field “{field}” rests on',
  'persona.cite.count': '{count, plural, one {# evidence item} other {# evidence items}}',

  'persona.new.open': 'New persona or customer story',
  'persona.new.title': 'New persona or customer story',
  'persona.new.intro':
    'Describe a customer from the research material and show which evidence each field rests on.',
  'persona.new.submit': 'Save',
  'persona.edit.open': 'Edit',
  'persona.edit.title': 'Edit: {name}',
  'persona.edit.submit': 'Save changes',
  'persona.delete.open': 'Delete',
  'persona.delete.title': 'Delete {name}?',
  'persona.delete.text':
    'The description is deleted for good. The evidence it rests on stays in the research material.',
  'persona.delete.confirm': 'Delete',

  'persona.field.empty': 'Not written.',
  'persona.field.restsOn': 'Rests on:',
  'persona.field.noEvidence': 'No evidence.',
  'persona.field.noParticipant': 'Evidence',
  'persona.field.withdrawn': 'removed at the participant’s request',
  'persona.evidence.title': 'Evidence this description rests on ({count, number})',
  'persona.evidence.none': 'No evidence has been attached to the fields.',

  'persona.export.svg': 'Download SVG',
  'persona.export.png': 'Download PNG',
  'persona.export.failed': 'The picture could not be made. Please try again.',
  'persona.export.basis':
    'Based on evidence from {count, plural, one {one participant} other {# participants}}',
};
