import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ProgressBar } from 'react-aria-components';
import { cancelImport, importQuery } from '../../../api/imports.ts';
import { researchKey } from '../../../api/research-queries.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Alert } from '../../../ui/Alert.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Link } from '../../../ui/Link.tsx';
import { LiveMessage } from '../../../ui/LiveMessage.tsx';
import { useResearchMutation, useResearchProject } from '../useResearchProject.ts';

/**
 * Step 3: the import running as a job on the server, then what it wrote, or why it wrote
 * nothing. It goes on when the page is left; coming back here shows where it is.
 */
export function ImportRun({ importId }: { importId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { projectId, research } = useResearchProject();
  const run = useQuery(importQuery(projectId, importId));
  const cancel = useResearchMutation(projectId, () => cancelImport(projectId, importId));
  const status = run.data;
  const state = status?.state;
  // Read out once it has ended, however the page is being looked at.
  const announcement =
    state === 'done' || state === 'failed' || state === 'cancelled'
      ? t(`import.run.${state}.title`)
      : '';

  // Once it has written, every view of the project's material shows what it wrote.
  useEffect(() => {
    if (state === 'done') void queryClient.invalidateQueries({ queryKey: researchKey(projectId) });
  }, [state, projectId, queryClient]);
  // Each state has its own heading, where keyboard and screen-reader users continue.
  useEffect(() => {
    if (!state) return;
    const frame = requestAnimationFrame(() =>
      document.getElementById('import-step-heading')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [state]);

  return (
    <>
      <LiveMessage message={announcement} />
      {run.error ? <FormProblem error={run.error} /> : view()}
    </>
  );

  // The section of the state the import is in; a plain function, so nothing remounts on a poll.
  function view() {
    if (!status) return null;
    const another = (
      <Link appearance="button-secondary" href={research.import()}>
        {t('import.done.another')}
      </Link>
    );

    if (status.state === 'done' && status.result) {
      return (
        <section className="card" aria-labelledby="import-step-heading">
          <h2 id="import-step-heading" tabIndex={-1}>
            {t('import.run.done.title')}
          </h2>
          <Alert tone="success">
            {t('import.done.summary', {
              participantCount: status.result.participants,
              evidenceCount: status.result.evidence,
              title: status.title,
            })}
          </Alert>
          <div className="button-row">
            <Link appearance="button" href={research.session(status.result.sessionId)}>
              {t('import.done.openSession')}
            </Link>
            <Link appearance="button-secondary" href={research.evidence()}>
              {t('import.done.openEvidence')}
            </Link>
            {another}
          </div>
        </section>
      );
    }

    if (status.state === 'failed' || status.state === 'cancelled') {
      return (
        <section className="card" aria-labelledby="import-step-heading">
          <h2 id="import-step-heading" tabIndex={-1}>
            {t(`import.run.${status.state}.title`)}
          </h2>
          <Alert tone={status.state === 'failed' ? 'error' : 'info'} title={status.problem?.title}>
            <p>{t(`import.run.${status.state}.text`)}</p>
          </Alert>
          <div className="button-row">{another}</div>
        </section>
      );
    }

    const percent = Math.round(status.progress * 100);
    return (
      <section className="card" aria-labelledby="import-step-heading">
        <h2 id="import-step-heading" tabIndex={-1}>
          {t('import.run.title', { title: status.title })}
        </h2>
        <FormProblem error={cancel.error} />
        <ProgressBar
          className="progress"
          value={percent}
          aria-label={t('import.run.progress')}
          valueLabel={
            status.state === 'queued'
              ? t('import.run.queued')
              : t('import.run.percent', { percent })
          }
        >
          {({ percentage, valueText }) => (
            <>
              <span className="progress__label">{valueText}</span>
              <span className="progress__track" aria-hidden="true">
                <span className="progress__fill" style={{ width: `${percentage ?? 0}%` }} />
              </span>
            </>
          )}
        </ProgressBar>
        <p className="field__description">{t('import.run.leave')}</p>
        <div className="form__actions">
          <Button
            variant="secondary"
            isPending={cancel.isPending}
            onPress={() => cancel.mutate(undefined, { onSettled: () => void run.refetch() })}
          >
            {t('import.run.cancel')}
          </Button>
        </div>
      </section>
    );
  }
}
