import { perspectives, type Perspective } from './domain.ts';

/** The perspectives a team covers and those it lacks, in the canonical order. */
export function teamComposition(team: ReadonlyArray<{ perspectives: readonly Perspective[] }>): {
  present: Perspective[];
  missing: Perspective[];
} {
  const covered = new Set(team.flatMap((member) => member.perspectives));
  return {
    present: perspectives.filter((p) => covered.has(p)),
    missing: perspectives.filter((p) => !covered.has(p)),
  };
}
