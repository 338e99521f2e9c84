import type { findInvitation } from './invitations.repo.ts';

type ListedInvitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

export const presentInvitation = (row: ListedInvitation) => ({
  id: row.id,
  email: row.email,
  role: row.role,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
  invitedBy: row.invitedBy,
});
