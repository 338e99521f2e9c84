import {
  personaInitials,
  type InsightEvidence,
  type Persona,
  type PersonaAvatar,
  type PersonaSummary,
} from '@timantti/contracts';
import type { Citations, PersonaRow } from './personas.repo.ts';

const avatarOf = (row: PersonaRow): PersonaAvatar =>
  row.avatarIcon ? { kind: 'icon', icon: row.avatarIcon } : { kind: 'initials' };

export function presentPersonaSummary(row: PersonaRow): PersonaSummary {
  return {
    id: row.id,
    projectId: row.projectId,
    kind: row.kind,
    name: row.name,
    avatar: avatarOf(row),
    initials: personaInitials(row.name),
    segment: row.segment,
    quote: row.quote,
    language: row.language,
    evidenceCount: row.evidenceCount,
    participantCount: row.participantCount,
    sessionCount: row.sessionCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentPersona(
  row: PersonaRow,
  citations: Citations,
  evidence: InsightEvidence[],
  abilities: { edit: boolean },
): Persona {
  return {
    ...presentPersonaSummary(row),
    needs: row.needs,
    goals: row.goals,
    frustrations: row.frustrations,
    story: row.story,
    citations,
    evidence,
    abilities,
  };
}
