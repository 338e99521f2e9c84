import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import {
  addLane,
  addStage,
  cellKey,
  laneTitle,
  laneTypes,
  type JourneySnapshot,
  type LaneType,
} from '@timantti/contracts';
import { useState, type ReactNode } from 'react';
import { Form, Toolbar } from 'react-aria-components';
import { journeyQuery } from '../../api/journeys.ts';
import { meQuery } from '../../api/auth.ts';
import { emotionLabelKey } from '../../features/journeys/EmotionCurve.tsx';
import { CellPanel, type CellRef } from '../../features/journeys/CellPanel.tsx';
import { JourneyDetails } from '../../features/journeys/JourneyDetails.tsx';
import { JourneyGrid } from '../../features/journeys/JourneyGrid.tsx';
import { journeySvg } from '../../features/journeys/journey-svg.ts';
import { JourneyTable } from '../../features/journeys/JourneyTable.tsx';
import { useJourneyDocument } from '../../features/journeys/useJourneyDocument.ts';
import { downloadBlob, fileNameOf, svgBlob, svgToPng } from '../../ui/download.ts';
import { LiveStatus } from '../../features/collab/LiveStatus.tsx';
import { undoShortcut } from '../../features/collab/useLiveDocument.ts';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { laneTypeKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Select } from '../../ui/Select.tsx';
import { SingleFieldForm } from '../../ui/SingleFieldForm.tsx';
import { TextField } from '../../ui/TextField.tsx';

const route = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/synthesis/journeys/$journeyId',
);

/**
 * A live service journey map: stages, lanes and cells edited together, with presence and
 * one's own undo; shown as the map or as a plain table, and exported as SVG or PNG.
 */
export function JourneyPage() {
  const { journeyId } = route.useParams();
  const { projectId } = useSynthesisProject();
  const journey = useSuspenseQuery(journeyQuery(projectId, journeyId)).data;
  const me = useSuspenseQuery(meQuery).data;
  if (!me) return null;
  return (
    <LiveJourney
      key={journey.id}
      projectId={projectId}
      title={journey.title}
      documentName={journey.documentName}
      mayEdit={journey.abilities.edit && !journey.archived}
      me={{ id: me.user.id, name: me.user.displayName }}
      details={<JourneyDetails journey={journey} projectId={projectId} />}
    />
  );
}

function LiveJourney({
  projectId,
  title,
  documentName,
  mayEdit,
  me,
  details,
}: {
  projectId: string;
  title: string;
  documentName: string;
  mayEdit: boolean;
  me: { id: string; name: string };
  details: ReactNode;
}) {
  const t = useT();
  const live = useJourneyDocument(documentName, me);
  const { doc, origin, snapshot } = live;
  const canEdit = mayEdit && !live.readOnly && live.connection !== 'refused';
  const [view, setView] = useState<'map' | 'table'>('map');
  const [activeCell, setActiveCell] = useState<CellRef | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const svgOf = (map: JourneySnapshot) =>
    journeySvg(map, {
      title,
      visibilityLine: t('journey.visibilityLine'),
      emotion: (value) =>
        t(emotionLabelKey(value), { value: value > 0 ? `+${value}` : `${value}` }),
    });
  const exportSvg = () =>
    downloadBlob(svgBlob(svgOf(snapshot)), `${fileNameOf(title, 'journey')}.svg`);
  const exportPng = async () => {
    const svg = svgOf(snapshot);
    const [, width, height] = /width="(\d+)" height="(\d+)"/u.exec(svg) ?? [];
    const png = await svgToPng(svg, { width: Number(width), height: Number(height) }, 2);
    downloadBlob(png, `${fileNameOf(title, 'journey')}.png`);
  };

  return (
    <div className="journey-page" onKeyDown={undoShortcut(live.undo, canEdit)}>
      <SynthesisPageHeader title={title} intro={t('journey.intro')}>
        {details}
      </SynthesisPageHeader>
      <LiveMessage message={announcement} />
      <LiveStatus
        connection={live.connection}
        synced={live.synced}
        presence={live.presence}
        me={me}
        readOnly={!canEdit}
        outdated={live.outdated}
      />
      <Toolbar className="board-toolbar" aria-label={t('journey.toolbar')}>
        {canEdit ? (
          <>
            <FormDialog
              title={t('journey.stage.newTitle')}
              trigger={<Button variant="secondary">{t('journey.stage.new')}</Button>}
            >
              {(close) => (
                <SingleFieldForm
                  name="title"
                  label={t('journey.stage.titleField')}
                  initial=""
                  submitLabel={t('journey.stage.add')}
                  maxLength={200}
                  onSave={(stageTitle) => {
                    addStage(doc, stageTitle, undefined, origin);
                    setAnnouncement(t('journey.stage.added', { title: stageTitle }));
                  }}
                  close={close}
                />
              )}
            </FormDialog>
            <FormDialog
              title={t('journey.lane.newTitle')}
              trigger={<Button variant="secondary">{t('journey.lane.new')}</Button>}
            >
              {(close) => (
                <NewLaneForm
                  close={close}
                  onSave={(lane) => {
                    addLane(doc, lane, undefined, origin);
                    setAnnouncement(t('journey.lane.added', { title: lane.title }));
                  }}
                />
              )}
            </FormDialog>
            <Button variant="tertiary" isDisabled={!live.undo.canUndo} onPress={live.undo.undo}>
              {t('board.undo')}
            </Button>
            <Button variant="tertiary" isDisabled={!live.undo.canRedo} onPress={live.undo.redo}>
              {t('board.redo')}
            </Button>
          </>
        ) : null}
        <Button
          variant="tertiary"
          aria-pressed={view === 'table'}
          onPress={() => setView(view === 'map' ? 'table' : 'map')}
        >
          {t('journey.view.table')}
        </Button>
        <Button variant="tertiary" onPress={exportSvg}>
          {t('journey.export.svg')}
        </Button>
        <Button variant="tertiary" onPress={() => void exportPng()}>
          {t('journey.export.png')}
        </Button>
      </Toolbar>
      {!live.synced && snapshot.stages.length === 0 ? null : view === 'map' ? (
        <>
          <p className="muted">{canEdit ? t('journey.keyboardHint') : null}</p>
          <JourneyGrid
            map={snapshot}
            doc={doc}
            origin={origin}
            canEdit={canEdit}
            title={title}
            onAnnounce={setAnnouncement}
            onActiveCell={(cell) => {
              setActiveCell(cell);
              live.setFocus(cellKey(cell.laneId, cell.stageId));
            }}
            others={live.presence.filter((person) => person.clientId !== live.clientId)}
          />
          {activeCell ? (
            <CellPanel
              projectId={projectId}
              map={snapshot}
              cell={activeCell}
              doc={doc}
              origin={origin}
              canEdit={canEdit}
              onAnnounce={setAnnouncement}
            />
          ) : null}
        </>
      ) : (
        <JourneyTable map={snapshot} title={title} />
      )}
    </div>
  );
}

function NewLaneForm({
  close,
  onSave,
}: {
  close: () => void;
  onSave: (lane: { title: string; type: LaneType }) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [type, setType] = useState<LaneType>('customer_actions');
  const [title, setTitle] = useState('');
  return (
    <Form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ type, title: title.trim() || laneTitle(type, locale) });
        close();
      }}
    >
      <Select
        label={t('journey.lane.type')}
        options={laneTypes.map((id) => ({ id, label: t(laneTypeKey(id)) }))}
        value={type}
        onChange={setType}
      />
      <TextField
        name="title"
        label={t('journey.lane.titleField')}
        description={t('journey.lane.titleHint')}
        value={title}
        onChange={setTitle}
        maxLength={200}
      />
      <FormActions submitLabel={t('journey.lane.add')} isPending={false} onCancel={close} />
    </Form>
  );
}
