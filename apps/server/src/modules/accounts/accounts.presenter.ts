import type { SessionList } from '@timantti/contracts';
import type { z } from 'zod';
import type { listSessions } from '../auth/sessions.repo.ts';

type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

/** A signed-in session of the user, marked when it is the one asking. */
export const presentAccountSession = (
  row: SessionRow,
  currentSessionId: string,
): z.output<typeof SessionList>['items'][number] => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  lastSeenAt: row.lastSeenAt.toISOString(),
  userAgent: row.userAgent,
  current: row.id === currentSessionId,
});
