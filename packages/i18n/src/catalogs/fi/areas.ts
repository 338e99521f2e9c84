import { appIdeas } from './app-ideas.ts';
import { appMethodCards } from './app-method-cards.ts';
import { appConcepts } from './app-concepts.ts';
import { appConceptTests } from './app-concept-tests.ts';
import { appFeedback } from './app-feedback.ts';
import { appInsights } from './app-insights.ts';
import { appJourneys } from './app-journeys.ts';
import { appPersonas } from './app-personas.ts';
import { appResearch } from './app-research.ts';
import { appSynthesis } from './app-synthesis.ts';
import { appTraining } from './app-training.ts';

// The research and synthesis areas, loaded with the pages of a signed-in user.
export const areas = {
  ...appResearch,
  ...appInsights,
  ...appPersonas,
  ...appSynthesis,
  ...appJourneys,
  ...appIdeas,
  ...appConcepts,
  ...appConceptTests,
  ...appFeedback,
  ...appTraining,
  ...appMethodCards,
};
