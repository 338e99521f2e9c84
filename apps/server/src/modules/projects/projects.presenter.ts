import {
  perspectives,
  teamComposition,
  type Project,
  type ProjectSummary,
} from '@timantti/contracts';
import type { Actor } from '../../http/types.ts';
import { projectAbilities, type ProjectAccessFacts } from './projects.policy.ts';
import type { ChecklistRow, ProjectRow, TeamRow, listProjects } from './projects.repo.ts';

type SummaryRow = Awaited<ReturnType<typeof listProjects>>['rows'][number];

export function presentProjectSummary(row: SummaryRow): ProjectSummary {
  const covered = new Set(row.perspectives);
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    challenge: row.challenge,
    phase: row.phase,
    archived: row.archivedAt !== null,
    teamSize: row.teamSize,
    missingPerspectives: perspectives.filter((p) => !covered.has(p)),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function accessFacts(project: ProjectRow, team: readonly TeamRow[]): ProjectAccessFacts {
  return {
    organisationId: project.organisationId,
    archived: project.archivedAt !== null,
    teamUserIds: new Set(team.map((m) => m.userId)),
  };
}

export function presentProject(
  actor: Actor,
  project: ProjectRow,
  team: TeamRow[],
  checklist: ChecklistRow[],
): Project {
  return {
    id: project.id,
    organisationId: project.organisationId,
    name: project.name,
    challenge: project.challenge,
    goals: project.goals,
    targetGroup: project.targetGroup,
    indicators: project.indicators,
    phase: project.phase,
    archived: project.archivedAt !== null,
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
    version: project.version,
    team,
    composition: teamComposition(team),
    checklist: checklist.map((item) => ({
      id: item.id,
      phase: item.phase,
      templateKey: item.templateKey,
      label: item.label,
      done: item.doneAt !== null,
      doneAt: item.doneAt?.toISOString() ?? null,
      position: item.position,
      version: item.version,
    })),
    abilities: projectAbilities(actor, accessFacts(project, team)),
  };
}
