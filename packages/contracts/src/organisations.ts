import { z } from 'zod';
import { Email } from './auth.ts';
import { Id, Role, Timestamp, inputString, line } from './domain.ts';

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  slug: z.string(),
  role: Role,
  abilities: z.object({
    createProject: z.boolean(),
    manageMembers: z.boolean(),
    /** The organisation's jobs page: see, cancel and run again. */
    manageJobs: z.boolean(),
  }),
});
export type Organisation = z.infer<typeof Organisation>;

export const Member = z.object({
  userId: Id,
  displayName: z.string(),
  // Only administrators see colleagues' e-mail addresses.
  email: z.string().nullable(),
  role: Role,
  joinedAt: Timestamp,
  // How the member signs in; only administrators see it.
  signIn: z
    .object({
      password: z.boolean(),
      identities: z.array(z.object({ id: Id, provider: z.string(), linkedAt: Timestamp })),
    })
    .nullable(),
});
export const MemberList = z.object({ items: z.array(Member) });
export type Member = z.infer<typeof Member>;

export const UpdateMemberInput = z.strictObject({ role: Role });

export const Invitation = z.object({
  id: Id,
  email: z.string(),
  role: Role,
  createdAt: Timestamp,
  expiresAt: Timestamp,
  acceptedAt: Timestamp.nullable(),
  invitedBy: z.string().nullable(),
});
export const InvitationList = z.object({ items: z.array(Invitation) });
export type Invitation = z.infer<typeof Invitation>;

export const CreateInvitationInput = z.strictObject({
  email: Email,
  role: Role,
});

/** Returned once, when the invitation is made: the link is never shown again. */
export const CreatedInvitation = Invitation.extend({
  token: z.string(),
  acceptPath: z.string(),
});

export const InvitationPreview = z.object({
  organisationName: z.string(),
  email: z.string(),
  role: Role,
  existingUser: z.boolean(),
  expiresAt: Timestamp,
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationInput = z.strictObject({
  displayName: line(120).optional(),
  password: inputString().max(1024).optional(),
});
