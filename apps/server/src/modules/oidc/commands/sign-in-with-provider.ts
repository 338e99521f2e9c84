import type { LocaleCode } from '@timantti/i18n';
import type { Db, Queryable } from '../../../db/client.ts';
import { audit } from '../../audit/audit.repo.ts';
import {
  findOpenInvitationsByEmail,
  markInvitationAccepted,
} from '../../invitations/invitations.repo.ts';
import {
  addMembership,
  findMembership,
  findOrganisationBySlug,
} from '../../organisations/organisations.repo.ts';
import { findUserByEmail, insertUser } from '../../users/users.repo.ts';
import type { OidcProvider } from '../oidc-config.ts';
import { findIdentity, insertIdentity, lockSignIn, touchIdentity } from '../oidc.repo.ts';

/** What a validated ID token says about the person, as far as signing in needs. */
export type VerifiedPerson = {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
};

export type ProviderSignIn =
  | { userId: string }
  // No account may be linked: the person needs an invitation (or a verified address).
  | { refused: 'invitation_needed' | 'email_unverified' };

/**
 * Finds the account of a person the provider has vouched for. An existing link (issuer,
 * subject) decides alone: the address the provider sends now is not looked at, so changing it
 * there never moves the link. Without a link, a verified address links to the account that
 * holds it, or opens an account for the invitations sent to it; failing both, the provider's
 * organisation takes the person in when the installation allows that.
 */
export async function signInWithProvider(
  db: Db,
  input: { provider: OidcProvider; person: VerifiedPerson; locale: LocaleCode },
): Promise<ProviderSignIn> {
  const { provider, person } = input;
  return db.transaction(async (tx) => {
    await lockSignIn(tx, person);
    const linked = await findIdentity(tx, person.issuer, person.subject);
    if (linked) {
      await touchIdentity(tx, linked.id);
      return { userId: linked.userId };
    }
    if (!person.emailVerified || !person.email) return { refused: 'email_unverified' };
    const email = person.email.toLowerCase();
    await lockSignIn(tx, email);

    const existing = await findUserByEmail(tx, email);
    if (existing) return link(tx, provider, person, existing.id);

    const invitations = await findOpenInvitationsByEmail(tx, email);
    const joining = invitations.length === 0 ? await openOrganisation(tx, provider) : null;
    if (invitations.length === 0 && !joining) return { refused: 'invitation_needed' };

    const user = await insertUser(tx, {
      email,
      displayName: person.name?.trim().slice(0, 120) || email,
      passwordHash: null,
      locale: input.locale,
    });
    for (const invitation of invitations) {
      if (!(await markInvitationAccepted(tx, invitation.id, user.id))) continue;
      if (await findMembership(tx, invitation.organisationId, user.id)) continue;
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
        metadata: { role: invitation.role, via: 'oidc', provider: provider.id },
      });
    }
    if (joining) {
      await addMembership(tx, {
        organisationId: joining,
        userId: user.id,
        role: provider.newUsers.role,
      });
      await audit(tx, {
        organisationId: joining,
        actorUserId: user.id,
        action: 'member.joined',
        targetType: 'user',
        targetId: user.id,
        metadata: { role: provider.newUsers.role, via: 'oidc', provider: provider.id },
      });
    }
    return link(tx, provider, person, user.id);
  });
}

/** The organisation a person without an invitation joins, if the provider lets anyone in. */
async function openOrganisation(tx: Queryable, provider: OidcProvider): Promise<string | null> {
  const target = provider.newUsers.organisation;
  if (provider.invitationRequired || !target) return null;
  if ('id' in target) return target.id;
  return (await findOrganisationBySlug(tx, target.slug))?.id ?? null;
}

async function link(
  tx: Queryable,
  provider: OidcProvider,
  person: VerifiedPerson,
  userId: string,
): Promise<ProviderSignIn> {
  const identityId = await insertIdentity(tx, {
    userId,
    issuer: person.issuer,
    subject: person.subject,
    providerId: provider.id,
  });
  await audit(tx, {
    organisationId: null,
    actorUserId: userId,
    action: 'identity.linked',
    targetType: 'oidc_identity',
    targetId: identityId,
    metadata: { provider: provider.id },
  });
  return { userId };
}
