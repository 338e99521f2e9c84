import type { Role } from '@timantti/contracts';
import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { invitations, organisations, users } from '../../db/schema.ts';
import { hashToken, newToken } from '../auth/sessions.repo.ts';

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export async function insertInvitation(
  db: Queryable,
  input: { organisationId: string; email: string; role: Role; invitedBy: string | null },
) {
  const token = newToken();
  const [row] = await db
    .insert(invitations)
    .values({
      ...input,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    })
    .returning();
  if (!row) throw new Error('invitation insert returned nothing');
  return { row, token };
}

const listColumns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  invitedBy: users.displayName,
};

export async function listInvitations(db: Queryable, organisationId: string) {
  return db
    .select(listColumns)
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.organisationId, organisationId), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt))
    .limit(500);
}

export async function findInvitation(db: Queryable, organisationId: string, invitationId: string) {
  const [row] = await db
    .select(listColumns)
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.id, invitationId)))
    .limit(1);
  return row ?? null;
}

export async function revokeInvitation(
  db: Queryable,
  organisationId: string,
  invitationId: string,
) {
  const revoked = await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        eq(invitations.id, invitationId),
        isNull(invitations.revokedAt),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning({ id: invitations.id });
  return revoked.length > 0;
}

/** An invitation that can still be accepted, found by its token. */
export async function findOpenInvitationByToken(db: Queryable, token: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function markInvitationAccepted(db: Queryable, invitationId: string, userId: string) {
  const accepted = await db
    .update(invitations)
    .set({ acceptedAt: new Date(), acceptedBy: userId })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  return accepted.length > 0;
}

/** The open invitations sent to an address, for a person whose provider vouches for it. */
export async function findOpenInvitationsByEmail(db: Queryable, email: string) {
  return db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      role: invitations.role,
    })
    .from(invitations)
    .where(
      and(
        sql`lower(${invitations.email}) = lower(${email})`,
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(invitations.createdAt));
}
