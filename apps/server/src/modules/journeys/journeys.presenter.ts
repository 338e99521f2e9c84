import {
  cellKey,
  journeyDocumentName,
  LaneType,
  type Journey,
  type JourneyCitationRow,
  type JourneySummary,
} from '@timantti/contracts';
import type { JourneyRow, readJourneyRows } from './journeys.repo.ts';

export function presentJourneySummary(row: JourneyRow): JourneySummary {
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    kind: row.kind,
    personaId: row.personaId,
    copiedFrom: row.copiedFrom,
    language: row.language,
    archived: row.archivedAt !== null,
    stageCount: row.stageCount,
    laneCount: row.laneCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

type Rows = Awaited<ReturnType<typeof readJourneyRows>>;

function presentCitation(row: Rows['citations'][number]): JourneyCitationRow | null {
  if (row.kind === 'evidence' && row.evidenceId) {
    const withdrawn = row.withdrawnAt !== null;
    return {
      kind: 'evidence',
      id: row.evidenceId,
      text: withdrawn ? '' : (row.evidenceText ?? ''),
      participantCode: row.participantCode,
      withdrawn,
    };
  }
  if (row.kind === 'insight' && row.insightId)
    return { kind: 'insight', id: row.insightId, statement: row.statement ?? '' };
  // The evidence or insight was deleted since the last store.
  return null;
}

export function presentJourney(
  row: JourneyRow,
  rows: Rows,
  abilities: Journey['abilities'],
): Journey {
  const citations = new Map<string, JourneyCitationRow[]>();
  for (const citation of rows.citations) {
    const presented = presentCitation(citation);
    if (!presented) continue;
    const key = cellKey(citation.laneId, citation.stageId);
    citations.set(key, [...(citations.get(key) ?? []), presented]);
  }
  return {
    ...presentJourneySummary(row),
    documentName: journeyDocumentName(row.id),
    stages: rows.stages,
    lanes: rows.lanes.map((lane) => ({
      ...lane,
      type: LaneType.catch('customer_actions').parse(lane.type),
    })),
    cells: rows.cells.map((cell) => ({
      ...cell,
      citations: citations.get(cellKey(cell.laneId, cell.stageId)) ?? [],
    })),
    abilities,
  };
}
