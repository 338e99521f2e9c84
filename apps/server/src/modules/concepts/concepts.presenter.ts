import {
  ConceptLinkKind,
  ConceptStatus,
  conceptDocumentName,
  type Concept,
  type ConceptLink,
  type ConceptSnapshot,
  type ConceptSummary,
  type ConceptVersion,
  type ConceptVersionSummary,
} from '@timantti/contracts';
import type { ConceptRow, findConceptVersion, listConceptVersions } from './concepts.repo.ts';

export function presentConceptSummary(row: ConceptRow): ConceptSummary {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    summary: row.summary,
    status: ConceptStatus.catch('draft').parse(row.status),
    language: row.language,
    draftNumber: row.draftNumber,
    linkCount: row.linkCount,
    idea: row.ideaId ? { id: row.ideaId, text: row.ideaText ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const presentLink = (link: { kind: string; id: string; title: string }): ConceptLink => ({
  kind: ConceptLinkKind.catch('insight').parse(link.kind),
  id: link.id,
  title: link.title,
});

export function presentConcept(
  row: ConceptRow,
  draft: ConceptSnapshot,
  links: { kind: string; id: string; title: string }[],
  abilities: Concept['abilities'],
): Concept {
  return {
    ...presentConceptSummary(row),
    documentName: conceptDocumentName(row.id),
    draft,
    links: links.map(presentLink),
    abilities,
  };
}

export function presentVersionSummary(
  row: Awaited<ReturnType<typeof listConceptVersions>>[number],
): ConceptVersionSummary {
  return {
    number: row.number,
    reason: row.reason,
    findings: row.findings.map(presentLink),
    frozenBy: row.frozenBy,
    frozenAt: row.frozenAt.toISOString(),
  };
}

export function presentVersion(
  row: NonNullable<Awaited<ReturnType<typeof findConceptVersion>>>,
): ConceptVersion {
  return {
    ...presentVersionSummary(row),
    snapshot: row.snapshot,
    links: row.links.map(presentLink),
  };
}
