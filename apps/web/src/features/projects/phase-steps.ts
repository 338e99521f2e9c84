import { phases, type Phase } from '@timantti/contracts';

export type StepState = 'done' | 'current' | 'upcoming';

/** Where each phase of the double diamond stands relative to the current one. */
export function phaseSteps(current: Phase): Array<{ phase: Phase; state: StepState }> {
  const at = phases.indexOf(current);
  return phases.map((phase, index) => ({
    phase,
    state: index < at ? 'done' : index === at ? 'current' : 'upcoming',
  }));
}

export function previousPhase(current: Phase): Phase | null {
  return phases[phases.indexOf(current) - 1] ?? null;
}

export function nextPhase(current: Phase): Phase | null {
  return phases[phases.indexOf(current) + 1] ?? null;
}
