import {
  cellKey,
  EMOTION_MAX,
  EMOTION_MIN,
  moveLane,
  moveStage,
  removeLane,
  removeStage,
  renameLane,
  renameStage,
  setCellText,
  setEmotion,
  type JourneySnapshot,
} from '@timantti/contracts';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { LocalOrigin } from '../collab/useLiveDocument.ts';
import { laneTypeKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { ActionMenu } from '../../ui/ActionMenu.tsx';
import { cx } from '../../ui/classes.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { Button } from '../../ui/Button.tsx';
import { SingleFieldForm } from '../../ui/SingleFieldForm.tsx';
import { EmotionCurve, emotionLabelKey } from './EmotionCurve.tsx';

type Position = { lane: number; stage: number };

/**
 * The journey map as a grid: stages are columns, lanes rows. One cell is in the tab order; the
 * arrow keys, Home and End move between cells; Enter edits the cell (Escape leaves without
 * saving, Enter saves, Shift+Enter is a new line). Stages and lanes are renamed, moved and
 * removed from their header menus, so reordering needs no pointer.
 */
export function JourneyGrid({
  map,
  doc,
  origin,
  canEdit,
  title,
  onAnnounce,
  onActiveCell,
  others,
}: {
  map: JourneySnapshot;
  doc: Y.Doc;
  origin: LocalOrigin;
  canEdit: boolean;
  title: string;
  onAnnounce: (message: string) => void;
  /** The cell that has focus, for a panel of what it cites. */
  onActiveCell: (cell: { laneId: string; stageId: string }) => void;
  /** The other people on the map and the cell each is in. */
  others: readonly { name: string; focus: string | null }[];
}) {
  const t = useT();
  const [active, setActive] = useState<Position>({ lane: 0, stage: 0 });
  const [editing, setEditing] = useState<Position | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const lane = Math.min(active.lane, map.lanes.length - 1);
  const stage = Math.min(active.stage, map.stages.length - 1);

  const focusCell = (next: Position) => {
    setActive(next);
    requestAnimationFrame(() =>
      gridRef.current
        ?.querySelector<HTMLElement>(`[data-cell="${next.lane}:${next.stage}"]`)
        ?.focus(),
    );
  };

  const onCellKey = (event: KeyboardEvent<HTMLTableCellElement>, at: Position) => {
    if (editing) return;
    const last = { lane: map.lanes.length - 1, stage: map.stages.length - 1 };
    const moves: Record<string, Position | undefined> = {
      ArrowRight: { lane: at.lane, stage: Math.min(at.stage + 1, last.stage) },
      ArrowLeft: { lane: at.lane, stage: Math.max(at.stage - 1, 0) },
      ArrowDown: { lane: Math.min(at.lane + 1, last.lane), stage: at.stage },
      ArrowUp: { lane: Math.max(at.lane - 1, 0), stage: at.stage },
      Home: { lane: event.ctrlKey ? 0 : at.lane, stage: 0 },
      End: { lane: event.ctrlKey ? last.lane : at.lane, stage: last.stage },
    };
    const next = moves[event.key];
    if (next) {
      event.preventDefault();
      focusCell(next);
      return;
    }
    if (canEdit && (event.key === 'Enter' || event.key === 'F2')) {
      event.preventDefault();
      setEditing(at);
    }
  };

  const visibilityAt = map.lanes.findIndex(
    (l, i) => l.type === 'back_stage' && map.lanes[i - 1]?.type !== 'back_stage',
  );

  return (
    <div className="journey-scroll">
      <table className="journey-grid" role="grid" aria-label={title} ref={gridRef}>
        <thead>
          <tr>
            <td className="journey-grid__corner" />
            {map.stages.map((s, stageIndex) => (
              <th key={s.id} scope="col" className="journey-grid__stage">
                <span className="journey-grid__stage-title">
                  {s.title || t('journey.stage.untitled')}
                </span>
                {canEdit ? (
                  <HeaderMenu
                    kind="stage"
                    name={s.title || t('journey.stage.untitled')}
                    first={stageIndex === 0}
                    last={stageIndex === map.stages.length - 1}
                    onRename={(next) => renameStage(doc, s.id, next, origin)}
                    onMove={(step) => {
                      moveStage(doc, s.id, stageIndex + step, origin);
                      onAnnounce(
                        t('journey.stage.moved', {
                          title: s.title,
                          position: stageIndex + step + 1,
                        }),
                      );
                    }}
                    onRemove={() => {
                      removeStage(doc, s.id, origin);
                      onAnnounce(t('journey.stage.removed', { title: s.title }));
                    }}
                  />
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.lanes.map((l, laneIndex) => (
            <LaneRows
              key={l.id}
              showVisibilityLine={laneIndex === visibilityAt}
              columns={map.stages.length + 1}
            >
              <tr className={cx('journey-grid__lane', `journey-grid__lane--${l.type}`)}>
                <th scope="row" className="journey-grid__lane-title">
                  <span>{l.title || t(laneTypeKey(l.type))}</span>
                  <span className="journey-grid__lane-type">{t(laneTypeKey(l.type))}</span>
                  {canEdit ? (
                    <HeaderMenu
                      kind="lane"
                      name={l.title || t(laneTypeKey(l.type))}
                      first={laneIndex === 0}
                      last={laneIndex === map.lanes.length - 1}
                      onRename={(next) => renameLane(doc, l.id, next, origin)}
                      onMove={(step) => moveLane(doc, l.id, laneIndex + step, origin)}
                      onRemove={() => {
                        removeLane(doc, l.id, origin);
                        onAnnounce(t('journey.lane.removed', { title: l.title }));
                      }}
                    />
                  ) : null}
                </th>
                {map.stages.map((s, stageIndex) => {
                  const at = { lane: laneIndex, stage: stageIndex };
                  const cell = map.cells[cellKey(l.id, s.id)];
                  // An editor open when the map turns read-only closes, unsaved.
                  const isEditing =
                    canEdit && editing?.lane === laneIndex && editing.stage === stageIndex;
                  const isEmotion = l.type === 'emotion';
                  const here = others
                    .filter((person) => person.focus === cellKey(l.id, s.id))
                    .map((person) => person.name);
                  const shown = isEmotion
                    ? cell?.emotion === null || cell?.emotion === undefined
                      ? ''
                      : t(emotionLabelKey(cell.emotion), { value: signed(cell.emotion) })
                    : (cell?.text ?? '');
                  return (
                    <td
                      key={s.id}
                      role="gridcell"
                      className={cx(
                        'journey-grid__cell',
                        isEditing && 'journey-grid__cell--editing',
                      )}
                      tabIndex={
                        isEditing ? -1 : laneIndex === lane && stageIndex === stage ? 0 : -1
                      }
                      data-cell={`${laneIndex}:${stageIndex}`}
                      // The name reads as the cell shows: its text, what it cites, who is there.
                      aria-label={[
                        t('journey.cell.name', {
                          lane: l.title || t(laneTypeKey(l.type)),
                          stage: s.title,
                          text: shown || t('journey.cell.empty'),
                        }),
                        cell && cell.citations.length > 0
                          ? t('journey.cell.citations', { count: cell.citations.length })
                          : '',
                        here.length > 0 ? t('journey.cell.others', { names: here.join(', ') }) : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      onFocus={() => {
                        setActive(at);
                        onActiveCell({ laneId: l.id, stageId: s.id });
                      }}
                      onKeyDown={(event) => onCellKey(event, at)}
                      onDoubleClick={() => canEdit && setEditing(at)}
                    >
                      {isEditing ? (
                        isEmotion ? (
                          <EmotionEditor
                            value={cell?.emotion ?? null}
                            label={t('journey.cell.emotionField', { stage: s.title })}
                            onDone={(value) => {
                              if (value !== undefined) setEmotion(doc, l.id, s.id, value, origin);
                              setEditing(null);
                              focusCell(at);
                            }}
                          />
                        ) : (
                          <CellEditor
                            initial={cell?.text ?? ''}
                            label={t('journey.cell.textField', {
                              lane: l.title || t(laneTypeKey(l.type)),
                              stage: s.title,
                            })}
                            onDone={(text) => {
                              if (text !== undefined) setCellText(doc, l.id, s.id, text, origin);
                              setEditing(null);
                              focusCell(at);
                            }}
                          />
                        )
                      ) : (
                        <>
                          <span className="journey-grid__text">{shown}</span>
                          {cell && cell.citations.length > 0 ? ' ' : null}
                          {cell && cell.citations.length > 0 ? (
                            <span className="journey-grid__citations">
                              {t('journey.cell.citations', { count: cell.citations.length })}
                            </span>
                          ) : null}
                          {here.length > 0 ? ' ' : null}
                          {here.length > 0 ? (
                            <span className="journey-grid__others">
                              {t('journey.cell.others', { names: here.join(', ') })}
                            </span>
                          ) : null}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
              {l.type === 'emotion' ? (
                <tr className="journey-grid__curve-row">
                  <td />
                  <td colSpan={map.stages.length} className="journey-grid__curve">
                    <EmotionCurve map={map} laneId={l.id} />
                  </td>
                </tr>
              ) : null}
            </LaneRows>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const signed = (value: number) => (value > 0 ? `+${value}` : `${value}`);

function LaneRows({
  showVisibilityLine,
  columns,
  children,
}: {
  showVisibilityLine: boolean;
  columns: number;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <>
      {showVisibilityLine ? (
        <tr className="journey-grid__visibility">
          <th scope="rowgroup" colSpan={columns}>
            {t('journey.visibilityLine')}
          </th>
        </tr>
      ) : null}
      {children}
    </>
  );
}

function HeaderMenu({
  kind,
  name,
  first,
  last,
  onRename,
  onMove,
  onRemove,
}: {
  kind: 'stage' | 'lane';
  name: string;
  first: boolean;
  last: boolean;
  onRename: (title: string) => void;
  onMove: (step: 1 | -1) => void;
  onRemove: () => void;
}) {
  const t = useT();
  return (
    <span className="journey-grid__header-tools">
      <ActionMenu
        label={t(`journey.${kind}.actions`, { title: name })}
        actions={[
          {
            id: 'back',
            label: t(`journey.${kind}.moveBack`),
            isDisabled: first,
            onAction: () => onMove(-1),
          },
          {
            id: 'forward',
            label: t(`journey.${kind}.moveForward`),
            isDisabled: last,
            onAction: () => onMove(1),
          },
          { id: 'remove', label: t(`journey.${kind}.remove`), onAction: onRemove },
        ]}
      >
        {t('board.actionsShort')}
      </ActionMenu>
      <FormDialog
        title={t(`journey.${kind}.renameTitle`)}
        trigger={
          <Button
            variant="tertiary"
            size="small"
            aria-label={t(`journey.${kind}.renameNamed`, { title: name })}
          >
            {t('board.group.rename')}
          </Button>
        }
      >
        {(close) => (
          <SingleFieldForm
            name="title"
            label={t(`journey.${kind}.titleField`)}
            initial={name}
            submitLabel={t('common.save')}
            maxLength={200}
            onSave={onRename}
            close={close}
          />
        )}
      </FormDialog>
    </span>
  );
}

/** A cell's text being edited: Enter saves, Shift+Enter is a new line, Escape cancels. */
function CellEditor({
  initial,
  label,
  onDone,
}: {
  initial: string;
  label: string;
  onDone: (text: string | undefined) => void;
}) {
  const [text, setText] = useState(initial);
  return (
    <textarea
      className="journey-grid__editor"
      aria-label={label}
      value={text}
      maxLength={5000}
      autoFocus
      rows={4}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => onDone(text)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(undefined);
        } else if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          onDone(text);
        }
      }}
    />
  );
}

/** An emotion being set: a choice from −2 to +2 (or none); Escape cancels. */
function EmotionEditor({
  value,
  label,
  onDone,
}: {
  value: number | null;
  label: string;
  onDone: (value: number | null | undefined) => void;
}) {
  const t = useT();
  const values: number[] = [];
  for (let v = EMOTION_MAX; v >= EMOTION_MIN; v--) values.push(v);
  return (
    <select
      className="journey-grid__editor"
      aria-label={label}
      autoFocus
      defaultValue={value === null ? '' : String(value)}
      onBlur={(event) => onDone(event.target.value === '' ? null : Number(event.target.value))}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(undefined);
        } else if (event.key === 'Enter') {
          event.preventDefault();
          const chosen = event.currentTarget.value;
          onDone(chosen === '' ? null : Number(chosen));
        }
      }}
    >
      <option value="">{t('journey.emotion.none')}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {t(emotionLabelKey(v), { value: signed(v) })}
        </option>
      ))}
    </select>
  );
}
