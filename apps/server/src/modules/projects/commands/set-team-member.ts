import type { Perspective } from '@timantti/contracts';
import type { Queryable } from '../../../db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { isOrganisationMember, touchProject, upsertTeamMember } from '../projects.repo.ts';

/** Adds a member of the organisation to the project's team, or sets their perspectives. */
export async function setTeamMember(
  db: Queryable,
  input: { organisationId: string; projectId: string; userId: string; perspectives: Perspective[] },
) {
  const { projectId, userId } = input;
  if (!(await isOrganisationMember(db, input.organisationId, userId))) {
    throw new AppError('not_org_member', { status: 422 });
  }
  await db.transaction(async (tx) => {
    await upsertTeamMember(tx, {
      projectId,
      userId,
      perspectives: [...new Set(input.perspectives)],
    });
    await touchProject(tx, projectId);
  });
}
