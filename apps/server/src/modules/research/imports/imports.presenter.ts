import type { ImportStatus, ProblemCode } from '@timantti/contracts';
import { translate, type LocaleCode, type MessageKey, type MessageParams } from '@timantti/i18n';
import type { ImportStatusRow } from './imports.repo.ts';

function stateOf(row: ImportStatusRow): ImportStatus['state'] {
  if (row.committedAt) return 'done';
  if (row.problem) return 'failed';
  switch (row.jobState) {
    case 'queued':
      return 'queued';
    // A failed attempt is retried: still under way.
    case 'running':
    case 'failed':
      return 'running';
    case 'cancelled':
      return 'cancelled';
    default:
      return 'failed';
  }
}

/** A started import for the people of its project, its problem in the caller's language. */
export function presentImportStatus(row: ImportStatusRow, locale: LocaleCode): ImportStatus {
  const state = stateOf(row);
  const problem: { code: ProblemCode; params: MessageParams } | null =
    state !== 'failed' ? null : (row.problem ?? { code: 'import_failed', params: {} });
  return {
    id: row.id,
    state,
    progress: state === 'done' ? 1 : (row.jobProgress ?? 0),
    title: row.settings?.session.title ?? '',
    result:
      state === 'done' && row.sessionId
        ? {
            sessionId: row.sessionId,
            participants: row.participantCount ?? 0,
            evidence: row.evidenceCount ?? 0,
          }
        : null,
    problem: problem && {
      code: problem.code,
      title: translate(locale, `errors.${problem.code}` as MessageKey, problem.params),
    },
    createdAt: row.createdAt.toISOString(),
    abilities: { cancel: state === 'queued' || state === 'running' },
  };
}
