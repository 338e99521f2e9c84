import type { BoardCard, BoardGroup } from '@timantti/contracts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { InsightForm } from '../InsightForm.tsx';

/**
 * Writes an insight from a group of the board: it rests on the evidence of the group's cards
 * (sticky notes are the team's own words, not evidence, and withdrawn evidence is gone).
 */
export function GroupInsightDialog({
  projectId,
  boardId,
  group,
  cards,
  onCreated,
}: {
  projectId: string;
  boardId: string;
  group: BoardGroup;
  cards: readonly BoardCard[];
  onCreated: (insightId: string) => void;
}) {
  const t = useT();
  const title = group.title || t('board.group.untitled');
  const evidenceIds = [
    ...new Set(
      cards.flatMap((card) => (card.evidenceId && !card.withdrawn ? [card.evidenceId] : [])),
    ),
  ];
  return (
    <FormDialog
      title={t('board.insight.title', { title })}
      trigger={
        <Button
          variant="tertiary"
          size="small"
          aria-label={t('board.insight.openNamed', { title })}
        >
          {t('board.insight.open')}
        </Button>
      }
    >
      {(close) => (
        <InsightForm
          projectId={projectId}
          evidenceIds={evidenceIds}
          boardId={boardId}
          groupId={group.id}
          defaultStatement={group.title}
          onCreated={(insight) => {
            close();
            onCreated(insight.id);
          }}
          onCancel={close}
        />
      )}
    </FormDialog>
  );
}
