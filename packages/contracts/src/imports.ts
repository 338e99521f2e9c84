import { z } from 'zod';
import { Id, Timestamp, line } from './domain.ts';
import { CalendarDate, ConsentInput, ParticipantKind, TextLanguage } from './research.ts';

/** What the uploaded experience-data file looks like, before anything is written. */
export const ImportPreview = z.object({
  id: Id,
  encoding: z.enum(['utf-8', 'utf-8-bom', 'windows-1252']),
  delimiter: z.enum([',', ';', '\t']),
  header: z.array(z.string()),
  rows: z.array(z.object({ line: z.number().int(), values: z.array(z.string()) })),
  expiresAt: Timestamp,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

// Each column of the file becomes evidence (free-text answers), a participant attribute, the
// participant's segment, or is left out.
export const importColumnRoles = ['evidence', 'attribute', 'segment', 'ignore'] as const;
export const ImportColumnRole = z.enum(importColumnRoles);

export const CommitImportInput = z.strictObject({
  columns: z.array(ImportColumnRole).min(1).max(200),
  session: z.strictObject({ title: line(200), heldOn: CalendarDate }),
  participantKind: ParticipantKind.default('customer'),
  language: TextLanguage.default('fi'),
  consent: ConsentInput,
});
/** What an import was asked to do, kept with it while its job runs. */
export type ImportSettings = z.output<typeof CommitImportInput>;

export const ImportResult = z.object({
  sessionId: Id,
  participants: z.number().int(),
  evidence: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const importStates = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;

/**
 * An import started from a previewed file: its job's progress (the share of the file read),
 * then its result, or the problem that stopped it with nothing written (a bad line is named in
 * the problem's title).
 */
export const ImportStatus = z.object({
  id: Id,
  state: z.enum(importStates),
  progress: z.number().min(0).max(1),
  title: z.string(),
  result: ImportResult.nullable(),
  problem: z.object({ code: z.string(), title: z.string() }).nullable(),
  createdAt: Timestamp,
  abilities: z.object({ cancel: z.boolean() }),
});
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportStatusList = z.object({ items: z.array(ImportStatus) });
