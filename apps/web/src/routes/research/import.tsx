import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { ImportPreview } from '@timantti/contracts';
import { useEffect, useRef, useState } from 'react';
import { ImportRun } from '../../features/research/import/ImportRun.tsx';
import { ImportSetup } from '../../features/research/import/ImportSetup.tsx';
import { ImportSteps } from '../../features/research/import/ImportSteps.tsx';
import { ImportUpload } from '../../features/research/import/ImportUpload.tsx';
import { RecentImports } from '../../features/research/import/RecentImports.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { NotFoundPage } from '../not-found.tsx';

type Step =
  | { step: 'upload'; problem: unknown }
  | { step: 'setup'; preview: ImportPreview; fileName: string };

/**
 * Experience data (kokemusdata) from a survey tool's CSV: upload, check the preview and give
 * the columns their roles, then import answers as evidence of pseudonymous participants (a
 * job on the server, followed on the import's own page).
 */
export function ImportPage() {
  const t = useT();
  const navigate = useNavigate();
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

  return (
    <div className="form-page form-page--wide">
      <ResearchPageHeader title={t('import.title')} intro={t('import.intro')} />
      <ImportSteps current={state.step} />
      <LiveMessage message={announcement} />
      {state.step === 'upload' ? (
        <>
          <ImportUpload
            projectId={projectId}
            initialProblem={state.problem}
            onPreview={(preview, fileName) => {
              setAnnouncement(t('import.preview.ready', { fileName }));
              setState({ step: 'setup', preview, fileName });
            }}
          />
          <RecentImports />
        </>
      ) : (
        <ImportSetup
          projectId={projectId}
          preview={state.preview}
          fileName={state.fileName}
          onImported={(status) => void navigate({ href: research.importRun(status.id) })}
          onDiscarded={() => {
            setAnnouncement(t('import.setup.discarded'));
            setState({ step: 'upload', problem: null });
          }}
          onExpired={(problem) => setState({ step: 'upload', problem })}
        />
      )}
    </div>
  );
}

const runRoute = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/research/import/$importId');

/** An import started from this project: its progress, then its outcome. */
export function ImportRunPage() {
  const t = useT();
  const { importId } = runRoute.useParams();
  const { canWrite } = useResearchProject();
  if (!canWrite) return <NotFoundPage />;
  return (
    <div className="form-page form-page--wide">
      <ResearchPageHeader title={t('import.title')} intro={t('import.intro')} />
      <ImportSteps current="done" />
      <ImportRun importId={importId} />
    </div>
  );
}
