import { boardDocumentName, type Board, type BoardSummary } from '@timantti/contracts';
import type { BoardRow, readDerivedRows } from './boards.repo.ts';

export function presentBoardSummary(row: BoardRow): BoardSummary {
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    archived: row.archivedAt !== null,
    cardCount: row.cardCount,
    groupCount: row.groupCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentBoard(
  row: BoardRow,
  derived: Awaited<ReturnType<typeof readDerivedRows>>,
  abilities: Board['abilities'],
): Board {
  return {
    ...presentBoardSummary(row),
    documentName: boardDocumentName(row.id),
    groups: derived.groups.map((g) => ({
      ...g,
      colour: g.colour as Board['groups'][number]['colour'],
    })),
    cards: derived.cards,
    abilities,
  };
}
