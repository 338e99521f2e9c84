import { useQuery } from '@tanstack/react-query';
import {
  addCitation,
  cellKey,
  removeCitation,
  type JourneyCitation,
  type JourneySnapshot,
} from '@timantti/contracts';
import { useState } from 'react';
import type * as Y from 'yjs';
import { fetchOneEvidence } from '../../api/evidence.ts';
import { insightQuery, insightsQuery } from '../../api/insights.ts';
import { researchKey } from '../../api/research-queries.ts';
import { laneTypeKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { Select } from '../../ui/Select.tsx';
import type { LocalOrigin } from '../collab/useLiveDocument.ts';
import { EvidencePicker } from '../synthesis/EvidencePicker.tsx';

export type CellRef = { laneId: string; stageId: string };

/**
 * The cell in focus and what it rests on: the evidence items and insights it cites, each
 * resolved (withdrawn evidence says so), with the means to cite more or drop one.
 */
export function CellPanel({
  projectId,
  map,
  cell,
  doc,
  origin,
  canEdit,
  onAnnounce,
}: {
  projectId: string;
  map: JourneySnapshot;
  cell: CellRef;
  doc: Y.Doc;
  origin: LocalOrigin;
  canEdit: boolean;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const lane = map.lanes.find((l) => l.id === cell.laneId);
  const stage = map.stages.find((s) => s.id === cell.stageId);
  const citations = map.cells[cellKey(cell.laneId, cell.stageId)]?.citations ?? [];
  if (!lane || !stage) return null;
  const name = t('journey.cell.textField', {
    lane: lane.title || t(laneTypeKey(lane.type)),
    stage: stage.title,
  });
  const cite = (citation: JourneyCitation) =>
    addCitation(doc, cell.laneId, cell.stageId, citation, origin);

  return (
    <section className="cell-panel card" aria-labelledby="cell-panel-heading">
      <h2 id="cell-panel-heading">{t('journey.cellPanel.title', { cell: name })}</h2>
      {citations.length === 0 ? (
        <p className="muted">{t('journey.cellPanel.none')}</p>
      ) : (
        <ul className="cell-panel__citations">
          {citations.map((citation) => (
            <li key={`${citation.kind}-${citation.id}`}>
              <CitationText projectId={projectId} citation={citation} />
              {canEdit ? (
                <Button
                  variant="tertiary"
                  size="small"
                  onPress={() => {
                    removeCitation(doc, cell.laneId, cell.stageId, citation, origin);
                    onAnnounce(t('journey.cellPanel.removed'));
                  }}
                >
                  {t('journey.cellPanel.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <div className="button-row">
          <CiteEvidenceDialog
            projectId={projectId}
            onCite={(ids) => {
              for (const id of ids) cite({ kind: 'evidence', id });
              onAnnounce(t('journey.cellPanel.cited', { count: ids.length }));
            }}
          />
          <CiteInsightDialog
            projectId={projectId}
            onCite={(id) => {
              cite({ kind: 'insight', id });
              onAnnounce(t('journey.cellPanel.cited', { count: 1 }));
            }}
          />
        </div>
      ) : null}
    </section>
  );
}

function CitationText({ projectId, citation }: { projectId: string; citation: JourneyCitation }) {
  const t = useT();
  const evidence = useQuery({
    queryKey: [...researchKey(projectId), 'evidence', 'one', citation.id],
    queryFn: () => fetchOneEvidence(projectId, citation.id),
    enabled: citation.kind === 'evidence',
  });
  const insight = useQuery({
    ...insightQuery(projectId, citation.id),
    enabled: citation.kind === 'insight',
  });
  if (citation.kind === 'insight') {
    return (
      <span>
        {t('journey.cellPanel.insight')}: {insight.data?.statement ?? '…'}
      </span>
    );
  }
  const item = evidence.data;
  if (evidence.isError) return <span className="muted">{t('journey.cellPanel.gone')}</span>;
  if (!item) return <span>…</span>;
  return item.withdrawn ? (
    <span className="muted">{t('evidence.withdrawn')}</span>
  ) : (
    <span>
      <q lang={item.language}>{item.text}</q>
      {item.participantCode ? <span className="muted"> ({item.participantCode})</span> : null}
    </span>
  );
}

function CiteEvidenceDialog({
  projectId,
  onCite,
}: {
  projectId: string;
  onCite: (ids: string[]) => void;
}) {
  const t = useT();
  return (
    <FormDialog
      title={t('journey.cellPanel.citeEvidence')}
      trigger={<Button variant="secondary">{t('journey.cellPanel.citeEvidence')}</Button>}
    >
      {(close) => <CiteEvidenceForm projectId={projectId} onCite={onCite} close={close} />}
    </FormDialog>
  );
}

function CiteEvidenceForm({
  projectId,
  onCite,
  close,
}: {
  projectId: string;
  onCite: (ids: string[]) => void;
  close: () => void;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length > 0) onCite(chosen);
        close();
      }}
    >
      <EvidencePicker projectId={projectId} value={chosen} onChange={setChosen} />
      <FormActions submitLabel={t('journey.cellPanel.cite')} isPending={false} onCancel={close} />
    </form>
  );
}

function CiteInsightDialog({
  projectId,
  onCite,
}: {
  projectId: string;
  onCite: (id: string) => void;
}) {
  const t = useT();
  const insights = useQuery(insightsQuery(projectId)).data?.items ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  if (insights.length === 0) return null;
  return (
    <FormDialog
      title={t('journey.cellPanel.citeInsight')}
      trigger={<Button variant="secondary">{t('journey.cellPanel.citeInsight')}</Button>}
    >
      {(close) => (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) onCite(chosen);
            close();
          }}
        >
          <Select
            label={t('journey.cellPanel.insight')}
            options={insights.map((insight) => ({ id: insight.id, label: insight.statement }))}
            value={chosen}
            onChange={setChosen}
          />
          <FormActions
            submitLabel={t('journey.cellPanel.cite')}
            isPending={false}
            onCancel={close}
          />
        </form>
      )}
    </FormDialog>
  );
}
