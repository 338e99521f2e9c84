import { z } from 'zod';
import { Id, Timestamp, Version, line } from './domain.ts';
import { TextLanguage } from './research.ts';

// The board's Yjs document and what reads and writes it: board-document.ts, apart from
// these schemas and constants so that a page that lists or names boards loads no Yjs.

/** Version of the board document this code writes; older documents are migrated on load. */
export const BOARD_SCHEMA_VERSION = 3;

const BOARD_PREFIX = 'board:';
export const boardDocumentName = (boardId: string) => `${BOARD_PREFIX}${boardId}`;

/** The board id in a document name, or null when the name is not a board's. */
export function boardIdOf(documentName: string): string | null {
  if (!documentName.startsWith(BOARD_PREFIX)) return null;
  const id = documentName.slice(BOARD_PREFIX.length);
  return Id.safeParse(id).success ? id : null;
}

export const groupColours = [
  'blue',
  'green',
  'yellow',
  'orange',
  'red',
  'purple',
  'teal',
  'grey',
] as const;
export const GroupColour = z.enum(groupColours);
export type GroupColour = z.infer<typeof GroupColour>;

export const boardCardKinds = ['evidence', 'sticky', 'idea'] as const;
export const BoardCardKind = z.enum(boardCardKinds);
export type BoardCardKind = z.infer<typeof BoardCardKind>;

export type BoardCard = {
  id: string;
  kind: BoardCardKind;
  /** Evidence cards only: the evidence item the card shows. */
  evidenceId: string | null;
  /** Idea cards only: the project's idea the card was placed from. */
  ideaId: string | null;
  /**
   * Evidence and idea: a snapshot of its text at placement, so the board reads offline.
   * Sticky note: the note.
   */
  text: string;
  language: TextLanguage;
  groupId: string | null;
  x: number;
  y: number;
  createdBy: string;
  createdAt: string;
  /** The participant behind the evidence was erased: the text is gone for good. */
  withdrawn: boolean;
};

export type BoardGroup = {
  id: string;
  title: string;
  colour: GroupColour;
  x: number;
  y: number;
  order: number;
  /** A machine-suggested group the team has not accepted yet. */
  suggested: boolean;
};

export type BoardSnapshot = { cards: BoardCard[]; groups: BoardGroup[] };

// ——— REST ———

export const CreateBoardInput = z.strictObject({ title: line(200) });
export const UpdateBoardInput = z
  .strictObject({
    version: Version,
    title: line(200).optional(),
    archived: z.boolean().optional(),
  })
  .refine((input) => input.title !== undefined || input.archived !== undefined, {
    message: 'title or archived is required',
  });

export const BoardSummary = z.object({
  id: Id,
  projectId: Id,
  title: z.string(),
  archived: z.boolean(),
  cardCount: z.number().int(),
  groupCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type BoardSummary = z.infer<typeof BoardSummary>;
export const BoardList = z.object({ items: z.array(BoardSummary) });

export const BoardGroupRow = z.object({
  id: Id,
  title: z.string(),
  colour: GroupColour,
  position: z.number().int(),
});
export const BoardCardRow = z.object({
  id: Id,
  kind: BoardCardKind,
  evidenceId: Id.nullable(),
  ideaId: Id.nullable(),
  groupId: Id.nullable(),
  text: z.string(),
  language: TextLanguage,
  withdrawn: z.boolean(),
});

/** A board as last stored, from its derived rows: for readers who are not on the live board. */
export const Board = BoardSummary.extend({
  /** The Yjs document to connect to at `/collab`. */
  documentName: z.string(),
  groups: z.array(BoardGroupRow),
  cards: z.array(BoardCardRow),
  /**
   * `edit`: write what is on it, live (the customer member too); `manage`: rename, archive,
   * restore or delete it.
   */
  abilities: z.object({ edit: z.boolean(), manage: z.boolean() }),
});
export type Board = z.infer<typeof Board>;
