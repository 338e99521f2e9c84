import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { roles, type Member, type Role } from '@timantti/contracts';
import { useState } from 'react';
import { removeMember, unlinkIdentity, updateMemberRole } from '../../api/organisations.ts';
import { meQuery } from '../../api/auth.ts';
import { membersQuery } from '../../api/queries.ts';
import { formatDate } from '../../i18n/format.ts';
import { roleKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Select } from '../../ui/Select.tsx';

export function MembersTable({ orgId, currentUserId }: { orgId: string; currentUserId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(orgId));
  const [announcement, setAnnouncement] = useState('');
  const roleOptions = roles.map((role) => ({ id: role, label: t(roleKey(role)) }));

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: membersQuery(orgId).queryKey });
    // One's own role shapes what one may do; Me and the organisation carry it.
    void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    void queryClient.invalidateQueries({ queryKey: ['organisation', orgId], exact: true });
  };

  const changeRole = useMutation({
    mutationFn: (input: { member: Member; role: Role }) =>
      updateMemberRole(orgId, input.member.userId, input.role),
    onSuccess: (_updated, { member, role }) => {
      setAnnouncement(
        t('members.roleChanged', { name: member.displayName, role: t(roleKey(role)) }),
      );
      refresh();
    },
  });
  const unlink = useMutation({
    mutationFn: (input: { member: Member; identityId: string; provider: string }) =>
      unlinkIdentity(orgId, input.member.userId, input.identityId),
    onSuccess: (_nothing, { member, provider }) => {
      setAnnouncement(t('members.unlinked', { name: member.displayName, provider }));
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (member: Member) => removeMember(orgId, member.userId),
    onSuccess: (_nothing, member) => {
      setAnnouncement(t('members.removed', { name: member.displayName }));
      refresh();
    },
  });

  return (
    <section className="page-section" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.listTitle')}</h2>
      <LiveMessage message={announcement} />
      <FormProblem error={changeRole.error ?? unlink.error} />
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <FormProblem error={members.error} />
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('members.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.signIn')}</th>
                <th scope="col">{t('members.joined')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((member) => {
                const pendingRole =
                  changeRole.isPending && changeRole.variables.member.userId === member.userId
                    ? changeRole.variables.role
                    : null;
                return (
                  <tr key={member.userId}>
                    <th scope="row">
                      {member.displayName}
                      {member.userId === currentUserId ? (
                        <span className="muted"> ({t('members.you')})</span>
                      ) : null}
                    </th>
                    <td>{member.email ?? '–'}</td>
                    <td>
                      <Select
                        className="table-select"
                        label={t('members.roleOf', { name: member.displayName })}
                        hideLabel
                        options={roleOptions}
                        value={pendingRole ?? member.role}
                        onChange={(role) => {
                          if (role !== member.role) changeRole.mutate({ member, role });
                        }}
                      />
                    </td>
                    <td>
                      <SignInMethods
                        member={member}
                        onUnlink={(identityId, provider) =>
                          unlink.mutateAsync({ member, identityId, provider })
                        }
                      />
                    </td>
                    <td>{formatDate(locale, member.joinedAt)}</td>
                    <td>
                      <ConfirmDialog
                        trigger={
                          <Button
                            variant="tertiary"
                            size="small"
                            aria-label={t('members.removeMember', { name: member.displayName })}
                          >
                            {t('common.remove')}
                          </Button>
                        }
                        title={t('members.removeTitle', { name: member.displayName })}
                        confirmLabel={t('members.removeConfirm')}
                        onConfirm={() => remove.mutateAsync(member)}
                      >
                        <p>{t('members.removeText')}</p>
                      </ConfirmDialog>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** How a member signs in: a password, identity-provider links (each one can be unlinked). */
function SignInMethods({
  member,
  onUnlink,
}: {
  member: Member;
  onUnlink: (identityId: string, provider: string) => Promise<unknown>;
}) {
  const t = useT();
  const { signIn } = member;
  if (!signIn) return <>–</>;
  if (!signIn.password && signIn.identities.length === 0)
    return <span className="muted">{t('members.signIn.none')}</span>;
  return (
    <ul className="sign-in-methods">
      {signIn.password ? <li>{t('members.signIn.password')}</li> : null}
      {signIn.identities.map((identity) => {
        const names = { name: member.displayName, provider: identity.provider };
        return (
          <li key={identity.id}>
            {identity.provider}
            <ConfirmDialog
              trigger={
                <Button
                  variant="tertiary"
                  size="small"
                  aria-label={t('members.unlinkLabel', names)}
                >
                  {t('members.unlink')}
                </Button>
              }
              title={t('members.unlinkTitle', names)}
              confirmLabel={t('members.unlink')}
              onConfirm={() => onUnlink(identity.id, identity.provider)}
            >
              <p>{t('members.unlinkText', names)}</p>
            </ConfirmDialog>
          </li>
        );
      })}
    </ul>
  );
}
