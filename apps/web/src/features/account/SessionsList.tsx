import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionSummary } from '@timantti/contracts';
import { useState } from 'react';
import { revokeOtherSessions, revokeSession } from '../../api/auth.ts';
import { sessionsQuery } from '../../api/queries.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { describeUserAgent } from './user-agent.ts';

/** Where the account is signed in, with a way to end the sessions one does not recognise. */
export function SessionsList() {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const sessions = useQuery(sessionsQuery);
  const [announcement, setAnnouncement] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });

  const revoke = useMutation({
    mutationFn: (session: SessionSummary) => revokeSession(session.id),
    onSuccess: () => {
      setAnnouncement(t('sessions.revoked'));
      refresh();
    },
  });
  const revokeOthers = useMutation({
    mutationFn: revokeOtherSessions,
    onSuccess: () => {
      setAnnouncement(t('sessions.othersRevoked'));
      refresh();
    },
  });
  const others = sessions.data?.items.filter((session) => !session.current) ?? [];

  return (
    <section className="page-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.title')}</h2>
      <p>{t('sessions.intro')}</p>
      <LiveMessage message={announcement} />
      <FormProblem error={revoke.error ?? revokeOthers.error} />
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <FormProblem error={sessions.error} />
      ) : (
        <>
          <ul className="session-list">
            {sessions.data.items.map((session) => {
              const device = describeUserAgent(session.userAgent) ?? t('sessions.unknownDevice');
              return (
                <li key={session.id} className="session card">
                  <h3 className="session__device">
                    {device}{' '}
                    {session.current ? <Badge tone="success">{t('sessions.current')}</Badge> : null}
                  </h3>
                  <dl className="session__facts">
                    <div>
                      <dt>{t('sessions.created')}</dt>
                      <dd>{formatDateTime(locale, session.createdAt)}</dd>
                    </div>
                    <div>
                      <dt>{t('sessions.lastSeen')}</dt>
                      <dd>{formatDateTime(locale, session.lastSeenAt)}</dd>
                    </div>
                  </dl>
                  {session.userAgent ? <p className="session__agent">{session.userAgent}</p> : null}
                  {session.current ? null : (
                    <Button
                      variant="secondary"
                      size="small"
                      aria-label={t('sessions.revokeDevice', { device })}
                      isPending={revoke.isPending && revoke.variables.id === session.id}
                      onPress={() => revoke.mutate(session)}
                    >
                      {t('sessions.revoke')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
          {others.length > 0 ? (
            <ConfirmDialog
              trigger={<Button variant="secondary">{t('sessions.revokeOthers')}</Button>}
              title={t('sessions.revokeOthersTitle')}
              confirmLabel={t('sessions.revokeOthers')}
              onConfirm={() => revokeOthers.mutateAsync()}
            >
              <p>{t('sessions.revokeOthersText', { count: others.length })}</p>
            </ConfirmDialog>
          ) : null}
        </>
      )}
    </section>
  );
}
