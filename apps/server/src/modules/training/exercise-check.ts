import type { ExerciseKind } from '@timantti/contracts';

/** What a practice project holds, as the self-checking exercises count it for one person. */
export type PracticeCounts = {
  /** Evidence items the person made, withdrawn ones left out. */
  evidenceItems: number;
  /** Distinct customer participants of interviews the person held or facilitated. */
  customersInterviewed: number;
  /** Insights the person wrote. */
  insights: number;
  /** Stages of the project's longest journey map that is not archived. */
  longestJourneySteps: number;
  concepts: number;
};

export const noPractice: PracticeCounts = {
  evidenceItems: 0,
  customersInterviewed: 0,
  insights: 0,
  longestJourneySteps: 0,
  concepts: 0,
};

type SelfChecking = Exclude<ExerciseKind, 'reflection'>;

const countFor: Record<SelfChecking, (counts: PracticeCounts) => number> = {
  evidence_items: (counts) => counts.evidenceItems,
  customers_interviewed: (counts) => counts.customersInterviewed,
  insights: (counts) => counts.insights,
  journey_steps: (counts) => counts.longestJourneySteps,
  concept: (counts) => counts.concepts,
};

/**
 * Pure: how far the practice data goes towards a self-checking exercise, and whether it meets
 * it — at least `target` of what it counts (the concept kind asks for one, whatever its target).
 */
export function checkExercise(
  exercise: { kind: SelfChecking; target: number },
  counts: PracticeCounts,
): { current: number; met: boolean } {
  const current = countFor[exercise.kind](counts);
  const target = exercise.kind === 'concept' ? 1 : exercise.target;
  return { current, met: current >= target };
}
