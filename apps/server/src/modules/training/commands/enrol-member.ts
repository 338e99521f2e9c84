import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { isOrganisationMember } from '../../projects/projects.repo.ts';
import { insertEnrolment } from '../training.repo.ts';

/** Enrols a member of the course's organisation; anyone else is refused by name. */
export async function enrolMember(
  db: Db,
  input: { courseId: string; organisationId: string; userId: string },
) {
  if (!(await isOrganisationMember(db, input.organisationId, input.userId))) {
    throw new AppError('not_org_member');
  }
  if (!(await insertEnrolment(db, input.courseId, input.userId))) {
    throw new AppError('conflict', { status: 409 });
  }
}
