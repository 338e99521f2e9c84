import type { MethodCardContent, MethodCardKey } from '@timantti/contracts';
import type { TextLanguage } from '../../research/search-vector.ts';
import { customerStory, persona, affinitySynthesis, howMightWe, servicePath } from './define.ts';
import { customerTest, elevatorPitch, peerFeedback } from './deliver.ts';
import { conceptWorkshop, futureWorkshop, ideationDotVoting, prototyping } from './develop.ts';
import { customerInterview, deskResearch, experienceSurvey, observation } from './discover.ts';
import type { ShippedMethodCard } from './types.ts';

/** Every shipped card, in the order of the double diamond: the list shows them so. */
export const shippedMethodCards: Readonly<Record<MethodCardKey, ShippedMethodCard>> = {
  'customer-interview': customerInterview,
  observation,
  'experience-survey': experienceSurvey,
  'desk-research': deskResearch,
  'service-path': servicePath,
  'customer-story': customerStory,
  persona,
  'affinity-synthesis': affinitySynthesis,
  'how-might-we': howMightWe,
  'future-workshop': futureWorkshop,
  'concept-workshop': conceptWorkshop,
  'ideation-dot-voting': ideationDotVoting,
  prototyping,
  'customer-test': customerTest,
  'elevator-pitch': elevatorPitch,
  'peer-feedback': peerFeedback,
};

/** A shipped card as it reads in one language. */
export function shippedCardContent(key: MethodCardKey, language: TextLanguage): MethodCardContent {
  const card = shippedMethodCards[key];
  return {
    ...card[language],
    phases: card.phases,
    minutes: card.minutes,
    groupSize: card.groupSize,
    tool: card.tool,
  };
}
