import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import {
  addEvidenceCards,
  addIdeaCards,
  addStickyNote,
  createGroup,
  groupColours,
  moveCardsToGroup,
  readBoard,
  type BoardCard,
  type NewEvidenceCard,
  type NewIdeaCard,
} from '@timantti/contracts';
import { useState, type KeyboardEvent } from 'react';
import { Toolbar } from 'react-aria-components';
import { boardQuery } from '../../api/boards.ts';
import { meQuery } from '../../api/auth.ts';
import { AddEvidenceDialog } from '../../features/synthesis/board/AddEvidenceDialog.tsx';
import { AddIdeasDialog } from '../../features/synthesis/board/AddIdeasDialog.tsx';
import { GroupInsightDialog } from '../../features/synthesis/board/GroupInsightDialog.tsx';
import { BoardCardItem } from '../../features/synthesis/board/BoardCardItem.tsx';
import {
  BoardGroupSection,
  GroupTitleForm,
} from '../../features/synthesis/board/BoardGroupSection.tsx';
import { StickyNoteDialog } from '../../features/synthesis/board/StickyNoteDialog.tsx';
import { ThemeSuggestionDialog } from '../../features/synthesis/board/ThemeSuggestionDialog.tsx';
import { useBoardDocument } from '../../features/synthesis/board/useBoardDocument.ts';
import { LiveStatus } from '../../features/collab/LiveStatus.tsx';
import { undoShortcut } from '../../features/collab/useLiveDocument.ts';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { ActionMenu } from '../../ui/ActionMenu.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/synthesis/boards/$boardId');

const ZOOM_STEPS: readonly number[] = [0.5, 0.67, 0.8, 1, 1.25, 1.5];
const [MIN_ZOOM, MAX_ZOOM] = [0.5, 1.5];

/**
 * A live affinity board: evidence and sticky notes grouped together by everyone on the board
 * at once. Every pointer action has a keyboard way: menus move cards, arrow keys go from card
 * to card and from group to group, Ctrl+Z undoes one's own edits.
 */
export function BoardPage() {
  const { boardId } = route.useParams();
  const { projectId } = useSynthesisProject();
  const board = useSuspenseQuery(boardQuery(projectId, boardId)).data;
  const me = useSuspenseQuery(meQuery).data;
  if (!me) return null;
  return (
    <LiveBoard
      key={board.id}
      projectId={projectId}
      boardId={board.id}
      title={board.title}
      documentName={board.documentName}
      mayEdit={board.abilities.edit && !board.archived}
      me={{ id: me.user.id, name: me.user.displayName }}
    />
  );
}

function LiveBoard({
  projectId,
  boardId,
  title,
  documentName,
  mayEdit,
  me,
}: {
  projectId: string;
  boardId: string;
  title: string;
  documentName: string;
  mayEdit: boolean;
  me: { id: string; name: string };
}) {
  const t = useT();
  const { locale } = useLocale();
  const live = useBoardDocument(documentName, me);
  const { doc, origin, snapshot } = live;
  const canEdit = mayEdit && !live.readOnly && live.connection !== 'refused';
  const [announcement, setAnnouncement] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [zoom, setZoom] = useState<number>(1);
  const [createdInsight, setCreatedInsight] = useState<string | null>(null);
  // Writing an insight from a group is more than editing the board: the customer member, who
  // edits the board, does not write insights.
  const { synthesis, canWrite: mayWriteInsights } = useSynthesisProject();

  const selection = snapshot.cards.filter((card) => selected.has(card.id)).map((card) => card.id);
  const cardsOf = (groupId: string | null) =>
    snapshot.cards.filter((card) => card.groupId === groupId);
  const nextColour = () => groupColours[snapshot.groups.length % groupColours.length] ?? 'blue';

  // Called after the search pages are fetched: the board may have become read-only meanwhile.
  const addEvidence = (items: NewEvidenceCard[]) => {
    if (!mayEdit || !live.writable()) return 0;
    const onBoard = new Set(readBoard(doc).cards.map((card) => card.evidenceId));
    const fresh = items.filter((item) => !onBoard.has(item.evidenceId));
    if (fresh.length > 0) addEvidenceCards(doc, { items: fresh, createdBy: me.id }, origin);
    setAnnouncement(
      t('board.addEvidence.added', {
        count: fresh.length,
        skippedCount: items.length - fresh.length,
      }),
    );
    return fresh.length;
  };

  const addIdeas = (items: NewIdeaCard[]) => {
    if (!mayEdit || !live.writable()) return 0;
    const onBoard = new Set(readBoard(doc).cards.map((card) => card.ideaId));
    const fresh = items.filter((item) => !onBoard.has(item.ideaId));
    if (fresh.length > 0) addIdeaCards(doc, { items: fresh, createdBy: me.id }, origin);
    setAnnouncement(
      t('board.addEvidence.added', {
        count: fresh.length,
        skippedCount: items.length - fresh.length,
      }),
    );
    return fresh.length;
  };

  const renderCard = (card: BoardCard) => (
    <BoardCardItem
      key={card.id}
      card={card}
      groups={snapshot.groups}
      doc={doc}
      origin={origin}
      canEdit={canEdit}
      selected={selected.has(card.id)}
      selection={selection}
      onSelect={(on) =>
        setSelected((current) => {
          const next = new Set(current);
          if (on) next.add(card.id);
          else next.delete(card.id);
          return next;
        })
      }
      onAnnounce={setAnnouncement}
    />
  );

  const moveSelection = (groupId: string | null, groupTitle: string) => {
    moveCardsToGroup(doc, selection, groupId, origin);
    setAnnouncement(t('board.cards.moved', { count: selection.length, group: groupTitle }));
    setSelected(new Set());
  };

  return (
    <div className="board-page" onKeyDown={undoShortcut(live.undo, canEdit)}>
      <SynthesisPageHeader title={title} intro={t('board.intro')} />
      <LiveMessage message={announcement} />
      <LiveStatus
        connection={live.connection}
        synced={live.synced}
        presence={live.presence}
        me={me}
        readOnly={!canEdit}
        outdated={live.outdated}
      />

      {createdInsight ? (
        <Alert tone="success">
          {t('board.insight.created')}{' '}
          <Link href={synthesis.insight(createdInsight)}>{t('board.insight.view')}</Link>
        </Alert>
      ) : null}

      <Toolbar className="board-toolbar" aria-label={t('board.toolbar')}>
        {canEdit ? (
          <>
            <AddEvidenceDialog projectId={projectId} onAdd={addEvidence} />
            <AddIdeasDialog projectId={projectId} language={locale} onAdd={addIdeas} />
            <StickyNoteDialog
              title={t('board.sticky.newTitle')}
              triggerLabel={t('board.sticky.new')}
              triggerText={t('board.sticky.new')}
              onSave={(text) => {
                addStickyNote(doc, { text, language: locale, createdBy: me.id }, origin);
                setAnnouncement(t('board.sticky.added'));
              }}
            />
            <FormDialog
              title={t('board.group.newTitle')}
              trigger={<Button variant="secondary">{t('board.group.new')}</Button>}
            >
              {(close) => (
                <GroupTitleForm
                  initial=""
                  close={close}
                  onSave={(groupTitle) => {
                    createGroup(doc, { title: groupTitle, colour: nextColour() }, origin);
                    setAnnouncement(t('board.group.created', { title: groupTitle }));
                  }}
                />
              )}
            </FormDialog>
            <ThemeSuggestionDialog
              projectId={projectId}
              boardId={boardId}
              snapshot={snapshot}
              selection={selection}
              doc={doc}
              origin={origin}
              onAnnounce={setAnnouncement}
            />
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
          aria-label={t('board.zoomOut')}
          isDisabled={zoom <= MIN_ZOOM}
          onPress={() => setZoom(step(zoom, -1))}
        >
          −
        </Button>
        <span className="board-toolbar__zoom" aria-live="polite">
          {t('board.zoom', { percent: Math.round(zoom * 100) })}
        </span>
        <Button
          variant="tertiary"
          aria-label={t('board.zoomIn')}
          isDisabled={zoom >= MAX_ZOOM}
          onPress={() => setZoom(step(zoom, 1))}
        >
          +
        </Button>
      </Toolbar>

      {canEdit && selection.length > 0 ? (
        <div className="board-selection" role="group" aria-label={t('board.selection.label')}>
          <p className="board-selection__count">
            {t('board.selection.count', { count: selection.length })}
          </p>
          <ActionMenu
            label={t('board.selection.moveTo')}
            actions={[
              ...snapshot.groups.map((group) => ({
                id: group.id,
                label: group.title || t('board.group.untitled'),
                onAction: () => moveSelection(group.id, group.title),
              })),
              {
                id: 'ungrouped',
                label: t('board.ungrouped'),
                onAction: () => moveSelection(null, t('board.ungrouped')),
              },
            ]}
          />
          <FormDialog
            title={t('board.group.fromSelectionTitle')}
            trigger={<Button variant="secondary">{t('board.group.fromSelection')}</Button>}
          >
            {(close) => (
              <GroupTitleForm
                initial=""
                close={close}
                onSave={(groupTitle) =>
                  doc.transact(() => {
                    const groupId = createGroup(
                      doc,
                      { title: groupTitle, colour: nextColour() },
                      origin,
                    );
                    moveSelection(groupId, groupTitle);
                  }, origin)
                }
              />
            )}
          </FormDialog>
          <Button variant="tertiary" onPress={() => setSelected(new Set())}>
            {t('board.selection.clear')}
          </Button>
        </div>
      ) : null}

      {!live.synced && snapshot.cards.length === 0 && snapshot.groups.length === 0 ? null : (
        <div
          className="board-canvas"
          // Large boards scroll both ways; zoom shows more of them at once.
          style={{ zoom }}
          onKeyDown={navigateCards}
        >
          <BoardGroupSection
            group={null}
            cards={cardsOf(null)}
            doc={doc}
            origin={origin}
            canEdit={canEdit}
            onAnnounce={setAnnouncement}
          >
            {cardsOf(null).map(renderCard)}
          </BoardGroupSection>
          {snapshot.groups.map((group) => (
            <BoardGroupSection
              key={group.id}
              group={group}
              cards={cardsOf(group.id)}
              doc={doc}
              origin={origin}
              canEdit={canEdit}
              onAnnounce={setAnnouncement}
              headerActions={
                canEdit && mayWriteInsights && !group.suggested ? (
                  <GroupInsightDialog
                    projectId={projectId}
                    boardId={boardId}
                    group={group}
                    cards={cardsOf(group.id)}
                    onCreated={setCreatedInsight}
                  />
                ) : null
              }
            >
              {cardsOf(group.id).map(renderCard)}
            </BoardGroupSection>
          ))}
        </div>
      )}
      {live.synced && snapshot.cards.length === 0 ? (
        <p className="muted">{canEdit ? t('board.emptyEdit') : t('board.empty')}</p>
      ) : null}
    </div>
  );
}

function step(zoom: number, direction: 1 | -1): number {
  const index = ZOOM_STEPS.findIndex((value) => value >= zoom);
  const next = Math.min(Math.max(index + direction, 0), ZOOM_STEPS.length - 1);
  return ZOOM_STEPS[next] ?? 1;
}

/**
 * Arrow keys on a card: up and down within its group, left and right to the first card of the
 * neighbouring group; Home and End to the group's first and last card.
 */
function navigateCards(event: KeyboardEvent<HTMLDivElement>) {
  const card = (event.target as HTMLElement).closest<HTMLElement>('[data-card-id]');
  if (!card) return;
  const group = card.closest<HTMLElement>('[data-group-id]');
  const inGroup = [...(group?.querySelectorAll<HTMLElement>('[data-card-id]') ?? [])];
  const groups = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-group-id]')];
  const at = inGroup.indexOf(card);
  const groupAt = group ? groups.indexOf(group) : -1;
  const firstCardOf = (from: number, direction: 1 | -1) => {
    for (let i = from + direction; i >= 0 && i < groups.length; i += direction) {
      const target = groups[i]?.querySelector<HTMLElement>('[data-card-id]');
      if (target) return target;
    }
    return null;
  };
  const target =
    event.key === 'ArrowDown'
      ? inGroup[at + 1]
      : event.key === 'ArrowUp'
        ? inGroup[at - 1]
        : event.key === 'Home'
          ? inGroup[0]
          : event.key === 'End'
            ? inGroup.at(-1)
            : event.key === 'ArrowRight'
              ? firstCardOf(groupAt, 1)
              : event.key === 'ArrowLeft'
                ? firstCardOf(groupAt, -1)
                : undefined;
  if (target === undefined) return;
  event.preventDefault();
  target?.focus();
}
