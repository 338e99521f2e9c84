import type { ResearchSession } from '@timantti/contracts';
import type { Queryable } from '../../../../db/client.ts';
import { notFound } from '../../../../platform/errors.ts';
import type { ResearchAbilities } from '../../research-access.ts';
import { presentSession } from '../sessions.presenter.ts';
import {
  listSessionRows,
  readSessionAttendees,
  readSessionFacilitators,
} from '../sessions.repo.ts';

/** The project's sessions, newest first, with their facilitators and participants. */
export async function readSessions(
  db: Queryable,
  abilities: ResearchAbilities,
  projectId: string,
  sessionId?: string,
): Promise<ResearchSession[]> {
  const rows = await listSessionRows(db, projectId, sessionId);
  const ids = rows.map((r) => r.session.id);
  if (ids.length === 0) return [];
  const facilitators = await readSessionFacilitators(db, ids);
  const attendees = await readSessionAttendees(db, ids);
  return rows.map((row) => presentSession(row, facilitators, attendees, abilities));
}

export async function readSession(
  db: Queryable,
  abilities: ResearchAbilities,
  projectId: string,
  sessionId: string,
) {
  const [session] = await readSessions(db, abilities, projectId, sessionId);
  if (!session) throw notFound();
  return session;
}
