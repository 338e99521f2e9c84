import type { appInsights as fi } from '../fi/app-insights.ts';

export const appInsights: Record<keyof typeof fi, string> = {
  'insight.list.title': 'Insights',
  'insight.list.intro':
    'What the research taught us. Each insight rests on evidence and shows how many participants’ experiences stand behind it.',
  'insight.list.count': '{count, plural, one {# insight} other {# insights}}',
  'insight.list.empty': 'There are no insights yet.',
  'insight.list.emptyEdit':
    'There are no insights yet. Write one from a group on a board, or by choosing evidence on this page.',
  'insight.statement': 'Insight',
  'insight.statementHint': 'What did the research teach us? Put it in one or two sentences.',
  'insight.hmw': '“How might we…?” question',
  'insight.hmwHint':
    'Optional. Turn the insight into a question that ideas can start from, for example “How might we give a young person one counsellor for the whole path?”',
  'insight.hmwLabel': 'How might we…?',
  'insight.evidenceCount': 'Evidence',
  'insight.participantCount': 'Participants',
  'insight.sessionCount': 'Research sessions',
  'insight.board': 'Board',
  'insight.createdAt': 'Written',
  'insight.backToList': 'All insights',
  'insight.behind':
    '{participantCount, plural, one {# participant} other {# participants}} and {sessionCount, plural, one {# research session} other {# research sessions}} behind this insight.',
  'insight.evidence.title': 'Evidence this insight rests on ({count, number})',
  'insight.evidence.none':
    'The evidence this insight rested on has been deleted from the research material.',
  'insight.evidence.remove': 'Remove from insight',
  'insight.evidence.removed':
    'The evidence was removed from the insight. It stays in the research material.',
  'insight.edit.open': 'Edit insight',
  'insight.edit.title': 'Edit insight',
  'insight.edit.submit': 'Save changes',
  'insight.edit.saved': 'The insight was saved.',
  'insight.question.open': 'Edit the “How might we…?” question',
  'insight.question.title': 'Edit the “How might we…?” question',
  'insight.question.saved': 'The question was saved.',
  'insight.delete.open': 'Delete insight',
  'insight.delete.title': 'Delete the insight?',
  'insight.delete.text':
    'The insight is deleted for good. The evidence it rests on stays in the research material.',
  'insight.delete.confirm': 'Delete insight',
  'insight.write.open': 'Write an insight',
  'insight.write.title': 'Write an insight',
  'insight.write.chooseEvidence': 'Evidence the insight rests on',
  'insight.write.chosenNone': 'No evidence chosen.',
  'insight.write.chosen': '{count, plural, one {# evidence item} other {# evidence items}} chosen',
  'insight.write.noEvidence':
    'The project has no evidence yet. Make evidence from notes in the research material.',
  'insight.form.basedOn':
    'The insight rests on {count, plural, one {one evidence item} other {# evidence items}}.',
  'insight.form.needEvidence': 'Choose at least one evidence item for the insight to rest on.',
  'insight.form.submit': 'Save insight',
};
