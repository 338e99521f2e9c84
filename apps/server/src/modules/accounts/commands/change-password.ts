import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/audit.repo.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { deleteOtherSessions } from '../../auth/sessions.repo.ts';
import { updateUser } from '../../users/users.repo.ts';

/** Sets a new password; whoever knew the old one is signed out everywhere else. */
export async function changePassword(
  db: Db,
  input: { userId: string; sessionId: string; newPassword: string },
) {
  const { userId } = input;
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, userId, { passwordHash });
    await deleteOtherSessions(tx, userId, input.sessionId);
    await audit(tx, {
      organisationId: null,
      actorUserId: userId,
      action: 'account.password_changed',
      targetType: 'user',
      targetId: userId,
    });
  });
}
