import type { Role } from '@timantti/contracts';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { memberships, oidcIdentities, organisations, users } from '../../db/schema.ts';

export async function findOrganisation(db: Queryable, organisationId: string) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return row ?? null;
}

export async function findOrganisationBySlug(db: Queryable, slug: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug)).limit(1);
  return row ?? null;
}

export async function listUserOrganisations(db: Queryable, userId: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}

export async function listMembers(db: Queryable, organisationId: string) {
  return db
    .select({
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      identities: sql<
        { id: string; providerId: string; issuer: string; linkedAt: string }[]
      >`coalesce(
        (select json_agg(json_build_object('id', i.id, 'providerId', i.provider_id,
                  'issuer', i.issuer, 'linkedAt', i.created_at) order by i.created_at)
           from ${oidcIdentities} i where i.user_id = ${users.id}), '[]'::json)`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.displayName), asc(users.id));
}

// Locking the organisation row serialises role changes, so two admins demoting each other at
// once cannot leave the organisation without one.
export async function lockOrganisation(db: Queryable, organisationId: string) {
  await db.execute(sql`select 1 from ${organisations} where id = ${organisationId} for update`);
}

export async function findMembership(db: Queryable, organisationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  return row ?? null;
}

export async function countAdmins(db: Queryable, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin')));
  return row?.n ?? 0;
}

export async function setMemberRole(
  db: Queryable,
  organisationId: string,
  userId: string,
  role: Role,
) {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}

export async function deleteMembership(db: Queryable, organisationId: string, userId: string) {
  await db
    .delete(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}

export async function addMembership(db: Queryable, values: typeof memberships.$inferInsert) {
  await db.insert(memberships).values(values);
}

export async function insertOrganisation(db: Queryable, values: typeof organisations.$inferInsert) {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('organisation insert returned nothing');
  return row;
}
