import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { roles, type Invitation, type Role } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { createInvitation, revokeInvitation } from '../../api/organisations.ts';
import { invitationsQuery } from '../../api/queries.ts';
import { formatDate } from '../../i18n/format.ts';
import { roleKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { absoluteUrl } from '../../paths.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { CopyField } from './CopyField.tsx';
import { invitationStatus } from './invitation-status.ts';

export function InvitationsSection({ orgId }: { orgId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const invitations = useQuery(invitationsQuery(orgId));
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [created, setCreated] = useState<{ email: string; url: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const roleOptions = roles.map((r) => ({ id: r, label: t(roleKey(r)) }));
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: invitationsQuery(orgId).queryKey });

  const create = useMutation({
    mutationFn: () => createInvitation(orgId, { email: email.trim(), role }),
    onSuccess: (invitation) => {
      setCreated({
        email: invitation.email,
        url: absoluteUrl(window.location.origin, invitation.acceptPath),
      });
      setEmail('');
      refresh();
    },
    onError: (error) => form.fail(error),
  });
  const revoke = useMutation({
    mutationFn: (invitation: Invitation) => revokeInvitation(orgId, invitation.id),
    onSuccess: (_nothing, invitation) => {
      setAnnouncement(t('invitations.revoked', { email: invitation.email }));
      refresh();
    },
  });

  return (
    <section className="page-section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invitations.title')}</h2>
      <LiveMessage message={announcement} />
      <div className="card">
        <h3>{t('invitations.newTitle')}</h3>
        <Form
          id={form.formId}
          className="form form--row"
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            setCreated(null);
            const errors: Record<string, string> = {};
            if (!email.trim()) errors.email = t('validation.required');
            if (form.check(errors)) create.mutate();
          }}
        >
          <FormProblem error={form.problem} />
          <TextField
            name="email"
            errorMessage={form.errors.email}
            type="email"
            autoComplete="off"
            label={t('invitations.email')}
            value={email}
            onChange={setEmail}
            isRequired
          />
          <Select
            name="role"
            errorMessage={form.errors.role}
            label={t('invitations.role')}
            options={roleOptions}
            value={role}
            onChange={setRole}
          />
          <div className="form__actions">
            <Button type="submit" isPending={create.isPending}>
              {t('invitations.create')}
            </Button>
          </div>
        </Form>
        <LiveMessage message={created ? t('invitations.created', { email: created.email }) : ''} />
        {created ? (
          <Alert
            tone="success"
            live={false}
            title={t('invitations.created', { email: created.email })}
          >
            <p>{t('invitations.linkOnce')}</p>
            <CopyField label={t('invitations.link')} value={created.url} />
          </Alert>
        ) : null}
      </div>

      <h3>{t('invitations.listTitle')}</h3>
      <FormProblem error={revoke.error} />
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <FormProblem error={invitations.error} />
      ) : invitations.data.items.length === 0 ? (
        <p className="muted">{t('invitations.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('invitations.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invitations.email')}</th>
                <th scope="col">{t('invitations.role')}</th>
                <th scope="col">{t('invitations.status')}</th>
                <th scope="col">{t('invitations.sent')}</th>
                <th scope="col">{t('invitations.expires')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.items.map((invitation) => {
                const status = invitationStatus(invitation);
                return (
                  <tr key={invitation.id}>
                    <th scope="row">{invitation.email}</th>
                    <td>{t(roleKey(invitation.role))}</td>
                    <td>
                      {status === 'accepted' ? (
                        <Badge tone="success">{t('invitations.accepted')}</Badge>
                      ) : status === 'expired' ? (
                        <Badge>{t('invitations.expired')}</Badge>
                      ) : (
                        <Badge tone="info">{t('invitations.pending')}</Badge>
                      )}
                    </td>
                    <td>
                      {formatDate(locale, invitation.createdAt)}
                      {invitation.invitedBy ? (
                        <span className="muted">
                          {' '}
                          {t('invitations.by', { name: invitation.invitedBy })}
                        </span>
                      ) : null}
                    </td>
                    <td>{formatDate(locale, invitation.expiresAt)}</td>
                    <td>
                      {status === 'pending' ? (
                        <ConfirmDialog
                          trigger={
                            <Button
                              variant="tertiary"
                              size="small"
                              aria-label={t('invitations.revokeFor', { email: invitation.email })}
                            >
                              {t('invitations.revoke')}
                            </Button>
                          }
                          title={t('invitations.revokeTitle', { email: invitation.email })}
                          confirmLabel={t('invitations.revoke')}
                          onConfirm={() => revoke.mutateAsync(invitation)}
                        >
                          <p>{t('invitations.revokeText')}</p>
                        </ConfirmDialog>
                      ) : null}
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
