import type { Queryable } from '../../../../db/client.ts';
import { AppError, notFound } from '../../../../platform/errors.ts';
import {
  countOrganisationMembers,
  countProjectParticipants,
  replaceSessionFacilitators,
  replaceSessionParticipants,
} from '../sessions.repo.ts';

/** Facilitators must be members of the organisation and participants of the project. */
export async function setSessionPeople(
  db: Queryable,
  input: {
    organisationId: string;
    projectId: string;
    sessionId: string;
    facilitatorIds: string[];
    participantIds: string[];
  },
) {
  const facilitatorIds = [...new Set(input.facilitatorIds)];
  const participantIds = [...new Set(input.participantIds)];
  if (
    facilitatorIds.length > 0 &&
    (await countOrganisationMembers(db, input.organisationId, facilitatorIds)) !==
      facilitatorIds.length
  )
    throw new AppError('not_org_member', { status: 422 });
  if (
    participantIds.length > 0 &&
    (await countProjectParticipants(db, input.projectId, participantIds)) !== participantIds.length
  )
    throw notFound();
  await replaceSessionFacilitators(db, input.sessionId, facilitatorIds);
  await replaceSessionParticipants(db, input.sessionId, participantIds);
}
