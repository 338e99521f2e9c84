import type { ResearchSession } from '@timantti/contracts';
import type { ResearchAbilities } from '../research-access.ts';
import type { AttendeeRow, FacilitatorRow, SessionRow } from './sessions.repo.ts';

export function presentSession(
  { session, noteCount }: SessionRow,
  facilitators: FacilitatorRow[],
  attendees: AttendeeRow[],
  abilities: ResearchAbilities,
): ResearchSession {
  return {
    id: session.id,
    projectId: session.projectId,
    kind: session.kind,
    title: session.title,
    heldOn: session.heldOn,
    place: session.place,
    methodNotes: session.methodNotes,
    facilitators: facilitators
      .filter((f) => f.sessionId === session.id)
      .map(({ userId, displayName }) => ({ userId, displayName })),
    participants: attendees
      .filter((a) => a.sessionId === session.id)
      .map(({ id, code, consentStatus }) => ({ id, code, consentStatus })),
    // How many notes there are is no business of whoever may not read them.
    ...(abilities.readRawResearch ? { noteCount } : {}),
    createdAt: session.createdAt.toISOString(),
    version: session.version,
  };
}
