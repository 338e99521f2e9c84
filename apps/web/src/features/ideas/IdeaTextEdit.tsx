import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IDEA_MAX_LENGTH, Idea } from '@timantti/contracts';
import { ideasKey, updateIdea } from '../../api/ideas.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { SingleFieldForm } from '../../ui/SingleFieldForm.tsx';
import { useEditConflict } from '../../ui/useEditConflict.ts';

type TextEdit = { text: string; version: number };

/** Rewrites an idea's text on the version shown; a save someone else made meanwhile is compared. */
export function IdeaTextEdit({
  projectId,
  idea,
  label,
  onDone,
  onProblem,
}: {
  projectId: string;
  idea: Idea;
  /** The button's accessible name, naming the idea. */
  label: string;
  onDone: (message: string) => void;
  onProblem: (error: unknown) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const conflicts = useEditConflict<typeof Idea, TextEdit>(Idea);
  const conflict = conflicts.conflict;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ideasKey(projectId) });
  const save = useMutation({
    mutationFn: (edit: TextEdit) => updateIdea(projectId, idea.id, edit),
    onSuccess: () => {
      refresh();
      onDone(t('idea.edit.saved'));
    },
    onError: (error, edit) => {
      if (!conflicts.catchConflict(error, edit)) onProblem(error);
    },
  });

  return (
    <>
      <FormDialog
        title={t('idea.edit.title')}
        trigger={
          <Button size="small" variant="secondary" aria-label={label}>
            {t('idea.edit.open')}
          </Button>
        }
      >
        {(close) => (
          <SingleFieldForm
            name="text"
            label={t('idea.add.text')}
            initial={idea.text}
            submitLabel={t('idea.edit.save')}
            maxLength={IDEA_MAX_LENGTH}
            multiline
            onSave={(text) => save.mutate({ text, version: idea.version })}
            close={close}
          />
        )}
      </FormDialog>
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={
          conflict
            ? [
                {
                  id: 'text',
                  label: t('idea.add.text'),
                  mine: conflict.mine.text,
                  theirs: conflict.current.text,
                },
              ]
            : []
        }
        onTakeTheirs={() => {
          conflicts.clear();
          save.reset();
          refresh();
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          save.mutate({ text: conflict.mine.text, version: conflict.current.version });
        }}
        onDismiss={() => {
          conflicts.clear();
          save.reset();
        }}
      />
    </>
  );
}
