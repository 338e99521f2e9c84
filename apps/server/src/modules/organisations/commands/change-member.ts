import type { Role } from '@timantti/contracts';
import type { Db, Tx } from '../../../db/client.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.repo.ts';
import { deleteOrganisationTeamMemberships } from '../../projects/projects.repo.ts';
import {
  countAdmins,
  deleteMembership,
  findMembership,
  lockOrganisation,
  setMemberRole,
} from '../organisations.repo.ts';

async function assertKeepsAnAdmin(tx: Tx, organisationId: string, userId: string) {
  const membership = await findMembership(tx, organisationId, userId);
  if (!membership) throw notFound();
  if (membership.role === 'admin' && (await countAdmins(tx, organisationId)) <= 1) {
    throw new AppError('last_admin', { status: 409 });
  }
  return membership;
}

export async function changeMemberRole(
  db: Db,
  input: { actorUserId: string; organisationId: string; userId: string; role: Role },
) {
  await db.transaction(async (tx) => {
    await lockOrganisation(tx, input.organisationId);
    const membership = await findMembership(tx, input.organisationId, input.userId);
    if (!membership) throw notFound();
    if (membership.role === input.role) return;
    if (input.role !== 'admin') await assertKeepsAnAdmin(tx, input.organisationId, input.userId);
    await setMemberRole(tx, input.organisationId, input.userId, input.role);
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'member.role_changed',
      targetType: 'user',
      targetId: input.userId,
      metadata: { from: membership.role, to: input.role },
    });
  });
}

/** Removes a person from the organisation and from every team of its projects. */
export async function removeMember(
  db: Db,
  input: { actorUserId: string; organisationId: string; userId: string },
) {
  await db.transaction(async (tx) => {
    await lockOrganisation(tx, input.organisationId);
    await assertKeepsAnAdmin(tx, input.organisationId, input.userId);
    await deleteOrganisationTeamMemberships(tx, input.organisationId, input.userId);
    await deleteMembership(tx, input.organisationId, input.userId);
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'member.removed',
      targetType: 'user',
      targetId: input.userId,
    });
  });
}
