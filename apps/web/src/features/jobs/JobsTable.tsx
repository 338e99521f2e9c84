import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Job } from '@timantti/contracts';
import { useState } from 'react';
import { cancelJob, jobsQuery, redriveJob } from '../../api/jobs.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { jobKindKey, jobStateKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Loading } from '../../ui/Loading.tsx';

export function JobsTable({ orgId }: { orgId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const jobs = useQuery(jobsQuery(orgId));
  const [announcement, setAnnouncement] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: jobsQuery(orgId).queryKey });
  const kindOf = (job: Job) => t(jobKindKey(job.kind));

  const cancel = useMutation({
    mutationFn: (job: Job) => cancelJob(orgId, job.id),
    onSuccess: (job) => {
      setAnnouncement(t('jobs.cancelled', { kind: kindOf(job) }));
      void refresh();
    },
  });
  const redrive = useMutation({
    mutationFn: (job: Job) => redriveJob(orgId, job.id),
    onSuccess: (job) => {
      setAnnouncement(
        job.state === 'dead' ? t('jobs.notRedrivable') : t('jobs.redriven', { kind: kindOf(job) }),
      );
      void refresh();
    },
  });

  return (
    <section className="page-section" aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">{t('jobs.listTitle')}</h2>
      <LiveMessage message={announcement} />
      <FormProblem error={cancel.error ?? redrive.error} />
      {jobs.isPending ? (
        <Loading />
      ) : jobs.isError ? (
        <FormProblem error={jobs.error} />
      ) : jobs.data.items.length === 0 ? (
        <p>{t('jobs.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('jobs.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('jobs.kind')}</th>
                <th scope="col">{t('jobs.state')}</th>
                <th scope="col">{t('jobs.progress')}</th>
                <th scope="col">{t('jobs.attempts')}</th>
                <th scope="col">{t('jobs.created')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.data.items.map((job) => {
                const names = {
                  kind: kindOf(job),
                  created: formatDateTime(locale, job.createdAt),
                };
                return (
                  <tr key={job.id}>
                    <th scope="row">{names.kind}</th>
                    <td>{t(jobStateKey(job.state))}</td>
                    <td>
                      {t('jobs.percent', {
                        value: formatNumber(locale, Math.round(job.progress * 100)),
                      })}
                    </td>
                    <td>{t('jobs.attemptCount', { count: job.attempts })}</td>
                    <td>{names.created}</td>
                    <td>
                      {job.abilities.cancel ? (
                        <Button
                          variant="tertiary"
                          size="small"
                          aria-label={t('jobs.cancelJob', names)}
                          isDisabled={cancel.isPending}
                          onPress={() => cancel.mutate(job)}
                        >
                          {t('jobs.cancel')}
                        </Button>
                      ) : null}
                      {job.abilities.redrive ? (
                        <Button
                          variant="secondary"
                          size="small"
                          aria-label={t('jobs.redriveJob', names)}
                          isDisabled={redrive.isPending}
                          onPress={() => redrive.mutate(job)}
                        >
                          {t('jobs.redrive')}
                        </Button>
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
