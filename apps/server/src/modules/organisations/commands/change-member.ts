import type { Role } from '@timantti/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { memberships, organisations, projectMembers, projects } from '../../../db/schema.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.repo.ts';
import { countAdmins, findMembership, setMemberRole } from '../organisations.repo.ts';

// Locking the organisation row serialises role changes, so two admins demoting each other at
// once cannot leave the organisation without one.
async function lockOrganisation(tx: Tx, organisationId: string) {
  await tx.execute(sql`select 1 from ${organisations} where id = ${organisationId} for update`);
}

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
    const orgProjects = tx
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.organisationId, input.organisationId));
    await tx
      .delete(projectMembers)
      .where(
        and(
          eq(projectMembers.userId, input.userId),
          inArray(projectMembers.projectId, orgProjects),
        ),
      );
    await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.organisationId, input.organisationId),
          eq(memberships.userId, input.userId),
        ),
      );
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'member.removed',
      targetType: 'user',
      targetId: input.userId,
    });
  });
}
