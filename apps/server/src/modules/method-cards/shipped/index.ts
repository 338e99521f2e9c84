import type { MethodCardContent, MethodCardKey } from '@timantti/contracts';
import type { TextLanguage } from '../../research/search-vector.ts';
import { customerInterview } from './customer-interview.ts';
import { observation } from './observation.ts';
import { experienceSurvey } from './experience-survey.ts';
import { deskResearch } from './desk-research.ts';
import { servicePath } from './service-path.ts';
import { customerStory } from './customer-story.ts';
import { persona } from './persona.ts';
import { affinitySynthesis } from './affinity-synthesis.ts';
import { howMightWe } from './how-might-we.ts';
import { futureWorkshop } from './future-workshop.ts';
import { conceptWorkshop } from './concept-workshop.ts';
import { ideationDotVoting } from './ideation-dot-voting.ts';
import { prototyping } from './prototyping.ts';
import { customerTest } from './customer-test.ts';
import { elevatorPitch } from './elevator-pitch.ts';
import { peerFeedback } from './peer-feedback.ts';
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
