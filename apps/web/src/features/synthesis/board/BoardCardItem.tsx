import {
  moveCardsToGroup,
  removeCard,
  setCardText,
  type BoardCard,
  type BoardGroup,
} from '@timantti/contracts';
import type * as Y from 'yjs';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { ActionMenu } from '../../../ui/ActionMenu.tsx';
import { Checkbox } from '../../../ui/Checkbox.tsx';
import { cx } from '../../../ui/classes.ts';
import { StickyNoteDialog } from './StickyNoteDialog.tsx';
import { CARD_DRAG_TYPE } from './drag.ts';
import type { LocalOrigin } from './useBoardDocument.ts';

const kindKeys = {
  evidence: 'board.card.evidence',
  sticky: 'board.card.sticky',
  idea: 'board.card.idea',
} as const satisfies Record<BoardCard['kind'], string>;

/**
 * One card of the board: its text, a check box to select it with others, and a menu to move it
 * to a group — the keyboard's way to do what a pointer does by dragging.
 */
export function BoardCardItem({
  card,
  groups,
  doc,
  origin,
  canEdit,
  selected,
  selection,
  onSelect,
  onAnnounce,
}: {
  card: BoardCard;
  groups: readonly BoardGroup[];
  doc: Y.Doc;
  origin: LocalOrigin;
  canEdit: boolean;
  selected: boolean;
  /** Every selected card: dragging a selected card drags them all. */
  selection: readonly string[];
  onSelect: (selected: boolean) => void;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const groupOf = (id: string | null) => groups.find((group) => group.id === id);
  const text = card.withdrawn ? t('board.card.withdrawn') : card.text;
  const kind = t(kindKeys[card.kind]);
  const name = t('board.card.name', { kind, text: shorten(text) });
  const moveTo = (groupId: string | null) => {
    moveCardsToGroup(doc, [card.id], groupId, origin);
    onAnnounce(
      groupId
        ? t('board.card.moved', { group: groupOf(groupId)?.title ?? '' })
        : t('board.card.ungrouped'),
    );
  };

  return (
    <li
      className={cx(
        'board-card',
        `board-card--${card.kind}`,
        selected && 'board-card--selected',
        card.withdrawn && 'board-card--withdrawn',
      )}
      draggable={canEdit}
      onDragStart={(event) => {
        const ids = selected ? selection : [card.id];
        event.dataTransfer.setData(CARD_DRAG_TYPE, JSON.stringify(ids));
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <div
        className="board-card__body"
        tabIndex={0}
        role="group"
        aria-label={name}
        data-card-id={card.id}
      >
        <p className="board-card__kind">{kind}</p>
        <p className="board-card__text" lang={card.language}>
          {text}
        </p>
      </div>
      {canEdit ? (
        <div className="board-card__tools">
          <Checkbox className="board-card__select" isSelected={selected} onChange={onSelect}>
            <span className="visually-hidden">
              {t('board.card.select', { text: shorten(text) })}
            </span>
          </Checkbox>
          <ActionMenu
            label={t('board.card.actions', { text: shorten(text) })}
            actions={[
              {
                id: 'move',
                label: t('board.card.moveTo'),
                items: [
                  ...groups.map((group) => ({
                    id: `group-${group.id}`,
                    label: group.title || t('board.group.untitled'),
                    isDisabled: group.id === card.groupId,
                    onAction: () => moveTo(group.id),
                  })),
                  {
                    id: 'ungrouped',
                    label: t('board.ungrouped'),
                    isDisabled: card.groupId === null,
                    onAction: () => moveTo(null),
                  },
                ],
              },
              {
                id: 'remove',
                label: t('board.card.remove'),
                onAction: () => {
                  removeCard(doc, card.id, origin);
                  onAnnounce(t('board.card.removed'));
                },
              },
            ]}
          >
            {t('board.actionsShort')}
          </ActionMenu>
          {card.kind === 'sticky' ? (
            <StickyNoteDialog
              title={t('board.sticky.editTitle')}
              triggerLabel={t('board.sticky.edit', { text: shorten(text) })}
              initial={card.text}
              onSave={(value) => {
                setCardText(doc, card.id, value, origin);
                onAnnounce(t('board.sticky.saved'));
              }}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** A card's text as far as a name or an announcement needs it. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
