import type { Insight } from '@timantti/contracts';
import { useState } from 'react';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { EvidencePicker } from './EvidencePicker.tsx';
import { InsightForm } from './InsightForm.tsx';

/** Writes an insight from evidence chosen here, for teams that conclude without a board. */
export function WriteInsightSection({
  projectId,
  onCreated,
  onCancel,
}: {
  projectId: string;
  onCreated: (insight: Insight) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  return (
    <section className="card page-block write-insight" aria-labelledby="write-insight-heading">
      <h2 id="write-insight-heading">{t('insight.write.title')}</h2>
      <EvidencePicker projectId={projectId} value={evidenceIds} onChange={setEvidenceIds} />
      <InsightForm
        projectId={projectId}
        evidenceIds={evidenceIds}
        onCreated={onCreated}
        onCancel={onCancel}
        aria-labelledby="write-insight-heading"
      />
    </section>
  );
}
