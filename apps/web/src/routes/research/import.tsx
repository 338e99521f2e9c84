import type { ImportPreview, ImportResult } from '@timantti/contracts';
import { useEffect, useRef, useState } from 'react';
import { ImportSetup } from '../../features/research/import/ImportSetup.tsx';
import { ImportUpload } from '../../features/research/import/ImportUpload.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { NotFoundPage } from '../not-found.tsx';

type Step =
  | { step: 'upload'; problem: unknown }
  | { step: 'setup'; preview: ImportPreview; fileName: string }
  | { step: 'done'; result: ImportResult; title: string };

/**
 * Experience data (kokemusdata) from a survey tool's CSV: upload, check the preview and give
 * the columns their roles, then import answers as evidence of pseudonymous participants.
 */
export function ImportPage() {
  const t = useT();
  const { projectId, research, canWrite } = useResearchProject();
  const [state, setState] = useState<Step>({ step: 'upload', problem: null });
  const [announcement, setAnnouncement] = useState('');

  // Each later step starts at its heading, so keyboard and screen-reader users follow the flow
  // (the first one is reached through the page's own heading).
  const stepName = state.step;
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    const frame = requestAnimationFrame(() =>
      document.getElementById('import-step-heading')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [stepName]);

  if (!canWrite) return <NotFoundPage />;
  const steps = [
    { name: 'upload', label: t('import.steps.upload') },
    { name: 'setup', label: t('import.steps.setup') },
    { name: 'done', label: t('import.steps.done') },
  ] as const;

  return (
    <div className="form-page form-page--wide">
      <ResearchPageHeader title={t('import.title')} intro={t('import.intro')} />
      <ol className="steps" aria-label={t('import.steps')}>
        {steps.map(({ name, label }, index) => (
          <li
            key={name}
            className={state.step === name ? 'steps__step steps__step--current' : 'steps__step'}
            aria-current={state.step === name ? 'step' : undefined}
          >
            {t('import.step', { position: index + 1, name: label })}
          </li>
        ))}
      </ol>
      <LiveMessage message={announcement} />
      {state.step === 'upload' ? (
        <ImportUpload
          projectId={projectId}
          initialProblem={state.problem}
          onPreview={(preview, fileName) => {
            setAnnouncement(t('import.preview.ready', { fileName }));
            setState({ step: 'setup', preview, fileName });
          }}
        />
      ) : state.step === 'setup' ? (
        <ImportSetup
          projectId={projectId}
          preview={state.preview}
          fileName={state.fileName}
          onImported={(result, title) => {
            setAnnouncement('');
            setState({ step: 'done', result, title });
          }}
          onDiscarded={() => {
            setAnnouncement(t('import.setup.discarded'));
            setState({ step: 'upload', problem: null });
          }}
          onExpired={(problem) => setState({ step: 'upload', problem })}
        />
      ) : (
        <section className="card" aria-labelledby="import-step-heading">
          <h2 id="import-step-heading" tabIndex={-1}>
            {t('import.done.title')}
          </h2>
          <Alert tone="success">
            {t('import.done.summary', {
              participantCount: state.result.participants,
              evidenceCount: state.result.evidence,
              title: state.title,
            })}
          </Alert>
          <div className="button-row">
            <Link appearance="button" href={research.session(state.result.sessionId)}>
              {t('import.done.openSession')}
            </Link>
            <Link appearance="button-secondary" href={research.evidence()}>
              {t('import.done.openEvidence')}
            </Link>
            <Button variant="secondary" onPress={() => setState({ step: 'upload', problem: null })}>
              {t('import.done.another')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
