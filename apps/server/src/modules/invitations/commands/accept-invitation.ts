import { translate, type LocaleCode } from '@timantti/i18n';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../http/types.ts';
import { AppError } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.repo.ts';
import { assertPasswordAcceptable, hashPassword } from '../../auth/passwords.ts';
import { addMembership, findMembership } from '../../organisations/organisations.repo.ts';
import { findUserByEmail, insertUser } from '../../users/users.repo.ts';
import { findOpenInvitationByToken, markInvitationAccepted } from '../invitations.repo.ts';

/**
 * Accepts an invitation. A newcomer sets a name and password and gets an account; a person who
 * already has an account must be signed in as that account. Where everyone signs in through an
 * identity provider, no password account is opened: the newcomer's first sign-in there accepts
 * the invitation. Returns the member's user id.
 */
export async function acceptInvitation(
  db: Db,
  input: {
    token: string;
    actor: Actor | null;
    displayName: string | undefined;
    password: string | undefined;
    locale: LocaleCode;
    passwordAccounts: boolean;
  },
): Promise<{ userId: string; organisationId: string }> {
  const invitation = await findOpenInvitationByToken(db, input.token);
  if (!invitation) throw new AppError('invitation_invalid', { status: 404 });
  const existing = await findUserByEmail(db, invitation.email);

  if (input.actor && input.actor.email.toLowerCase() !== invitation.email.toLowerCase()) {
    throw new AppError('invitation_email_mismatch', { status: 403 });
  }
  if (existing && !input.actor) throw new AppError('invitation_requires_login', { status: 401 });

  let passwordHash: string | null = null;
  if (!existing) {
    if (!input.passwordAccounts) throw new AppError('password_login_off');
    const missing = [
      ...(input.displayName ? [] : ['displayName']),
      ...(input.password === undefined ? ['password'] : []),
    ];
    if (missing.length > 0) {
      const message = translate(input.locale, 'validation.required');
      throw new AppError('validation_failed', {
        fieldErrors: missing.map((path) => ({ path, message })),
      });
    }
    assertPasswordAcceptable(input.password ?? '');
    passwordHash = await hashPassword(input.password ?? '');
  }

  return db.transaction(async (tx) => {
    const user =
      existing ??
      (await insertUser(tx, {
        email: invitation.email,
        displayName: input.displayName ?? invitation.email,
        passwordHash,
        locale: input.locale,
      }));
    if (await findMembership(tx, invitation.organisationId, user.id)) {
      throw new AppError('already_member', { status: 409 });
    }
    // Marking it accepted first makes a second, concurrent accept of the same link fail.
    if (!(await markInvitationAccepted(tx, invitation.id, user.id))) {
      throw new AppError('invitation_invalid', { status: 404 });
    }
    await addMembership(tx, {
      organisationId: invitation.organisationId,
      userId: user.id,
      role: invitation.role,
    });
    await audit(tx, {
      organisationId: invitation.organisationId,
      actorUserId: user.id,
      action: 'invitation.accepted',
      targetType: 'invitation',
      targetId: invitation.id,
      metadata: { role: invitation.role },
    });
    return { userId: user.id, organisationId: invitation.organisationId };
  });
}
