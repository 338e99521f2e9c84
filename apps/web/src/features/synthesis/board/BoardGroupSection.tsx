import {
  acceptGroup,
  deleteGroup,
  groupColours,
  moveCardsToGroup,
  recolourGroup,
  renameGroup,
  type BoardCard,
  type BoardGroup,
} from '@timantti/contracts';
import { useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { groupColourKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { ActionMenu } from '../../../ui/ActionMenu.tsx';
import { Badge } from '../../../ui/Badge.tsx';
import { cx } from '../../../ui/classes.ts';
import { Button } from '../../../ui/Button.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { SingleFieldForm } from '../../../ui/SingleFieldForm.tsx';
import { draggedCardIds } from './drag.ts';
import type { LocalOrigin } from './useBoardDocument.ts';

/**
 * A group of the board (or the cards in none): a titled region holding its cards, a drop
 * target for dragged cards, and a menu for what is done to the whole group.
 */
export function BoardGroupSection({
  group,
  cards,
  doc,
  origin,
  canEdit,
  headerActions,
  onAnnounce,
  children,
}: {
  /** Null for the cards not in any group. */
  group: BoardGroup | null;
  cards: readonly BoardCard[];
  doc: Y.Doc;
  origin: LocalOrigin;
  canEdit: boolean;
  /** More that can be done with the group, e.g. write an insight from it. */
  headerActions?: ReactNode;
  onAnnounce: (message: string) => void;
  children: ReactNode;
}) {
  const t = useT();
  const [dropping, setDropping] = useState(false);
  const title = group ? group.title || t('board.group.untitled') : t('board.ungrouped');
  const headingId = `group-${group?.id ?? 'none'}-title`;

  return (
    <section
      className={cx(
        'board-group',
        group ? `board-group--${group.colour}` : 'board-group--none',
        group?.suggested && 'board-group--suggested',
        dropping && 'board-group--drop',
      )}
      aria-labelledby={headingId}
      data-group-id={group?.id ?? ''}
      onDragOver={(event) => {
        if (!canEdit) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        setDropping(false);
        // A drag that began before the board turned read-only still drops here.
        if (!canEdit) return;
        event.preventDefault();
        const ids = draggedCardIds(event.dataTransfer);
        if (ids.length === 0) return;
        moveCardsToGroup(doc, ids, group?.id ?? null, origin);
        onAnnounce(t('board.cards.moved', { count: ids.length, group: title }));
      }}
    >
      <div className="board-group__header">
        <h2 id={headingId} className="board-group__title">
          {title}{' '}
          <span className="board-group__count">
            ({t('board.group.cardCount', { count: cards.length })})
          </span>
        </h2>
        {group?.suggested ? <Badge tone="info">{t('board.group.suggested')}</Badge> : null}
        {canEdit && group ? (
          <ActionMenu
            label={t('board.group.actions', { title })}
            actions={[
              ...(group.suggested
                ? [
                    {
                      id: 'accept',
                      label: t('board.group.accept'),
                      onAction: () => {
                        acceptGroup(doc, group.id, origin);
                        onAnnounce(t('board.group.accepted', { title }));
                      },
                    },
                  ]
                : []),
              {
                id: 'colour',
                label: t('board.group.colour'),
                items: groupColours.map((colour) => ({
                  id: colour,
                  label: t(groupColourKey(colour)),
                  isDisabled: colour === group.colour,
                  onAction: () => recolourGroup(doc, group.id, colour, origin),
                })),
              },
              {
                id: 'ungroup',
                label: group.suggested ? t('board.group.discard') : t('board.group.delete'),
                onAction: () => {
                  deleteGroup(doc, group.id, origin);
                  onAnnounce(t('board.group.deleted', { title }));
                },
              },
            ]}
          >
            {t('board.actionsShort')}
          </ActionMenu>
        ) : null}
        {headerActions}
        {canEdit && group ? (
          <RenameGroupDialog
            title={group.title}
            onRename={(next) => {
              renameGroup(doc, group.id, next, origin);
              onAnnounce(t('board.group.renamed', { title: next }));
            }}
          />
        ) : null}
      </div>
      {cards.length === 0 ? (
        <p className="muted board-group__empty">
          {canEdit ? t('board.group.emptyEdit') : t('board.group.empty')}
        </p>
      ) : (
        <ul className="board-group__cards" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </section>
  );
}

function RenameGroupDialog({
  title,
  onRename,
}: {
  title: string;
  onRename: (title: string) => void;
}) {
  const t = useT();
  const shown = title || t('board.group.untitled');
  return (
    <FormDialog
      title={t('board.group.renameTitle')}
      trigger={
        <Button
          variant="tertiary"
          size="small"
          aria-label={t('board.group.renameNamed', { title: shown })}
        >
          {t('board.group.rename')}
        </Button>
      }
    >
      {(close) => <GroupTitleForm initial={title} onSave={onRename} close={close} />}
    </FormDialog>
  );
}

/** The title of a group, new or renamed. */
export function GroupTitleForm(props: {
  initial: string;
  onSave: (title: string) => void;
  close: () => void;
}) {
  const t = useT();
  return (
    <SingleFieldForm
      name="title"
      label={t('board.group.titleField')}
      submitLabel={t('common.save')}
      maxLength={200}
      {...props}
    />
  );
}
