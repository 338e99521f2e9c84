import type { ThemeSuggestion } from '@timantti/contracts';
import type { ThemeSuggestionRow } from './theme-suggestions.repo.ts';

// A run whose instance stopped without a word (a crash) would otherwise seem to run for ever.
const SILENT_RUN_FAILED_AFTER_MS = 120_000;

export const presentThemeSuggestion = (row: ThemeSuggestionRow): ThemeSuggestion => ({
  id: row.id,
  boardId: row.boardId,
  status:
    row.status === 'running' && Date.now() - row.updatedAt.getTime() > SILENT_RUN_FAILED_AFTER_MS
      ? ('failed' as const)
      : row.status,
  phase: row.phase,
  progress: row.progress,
  result: row.result ?? null,
  createdAt: row.createdAt.toISOString(),
});
