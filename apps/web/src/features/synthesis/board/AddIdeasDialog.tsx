import { useQuery } from '@tanstack/react-query';
import type { NewIdeaCard, TextLanguage } from '@timantti/contracts';
import { useState } from 'react';
import { ideasQuery } from '../../../api/ideas.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { CheckboxGroup, Checkbox } from '../../../ui/Checkbox.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Loading } from '../../../ui/Loading.tsx';

/** Chooses ideas of the project and puts them on the board as idea cards. */
export function AddIdeasDialog({
  projectId,
  language,
  onAdd,
}: {
  projectId: string;
  /** Ideas are written in the team's language; the card says it is this one. */
  language: TextLanguage;
  /** Adds the cards not on the board yet; returns how many were added. */
  onAdd: (cards: NewIdeaCard[]) => number;
}) {
  const t = useT();
  return (
    <FormDialog
      title={t('board.addIdeas.title')}
      trigger={<Button variant="secondary">{t('board.addIdeas.open')}</Button>}
    >
      {(close) => (
        <AddIdeasForm projectId={projectId} language={language} onAdd={onAdd} close={close} />
      )}
    </FormDialog>
  );
}

function AddIdeasForm({
  projectId,
  language,
  onAdd,
  close,
}: {
  projectId: string;
  language: TextLanguage;
  onAdd: (cards: NewIdeaCard[]) => number;
  close: () => void;
}) {
  const t = useT();
  const ideas = useQuery(ideasQuery(projectId));
  const [chosen, setChosen] = useState<string[]>([]);
  const items = ideas.data?.items ?? [];

  return (
    <div className="add-evidence">
      <p>{t('board.addIdeas.intro')}</p>
      {ideas.isPending ? <Loading /> : null}
      <FormProblem error={ideas.isError ? ideas.error : null} />
      {ideas.isSuccess && items.length === 0 ? <p>{t('board.addIdeas.none')}</p> : null}
      {items.length > 0 ? (
        <CheckboxGroup
          label={t('board.addIdeas.choose')}
          orientation="vertical"
          value={chosen}
          onChange={setChosen}
        >
          {items.map((idea) => (
            <Checkbox key={idea.id} value={idea.id} className="add-evidence__choice">
              {idea.text}
            </Checkbox>
          ))}
        </CheckboxGroup>
      ) : null}
      <div className="form__actions">
        <Button
          isDisabled={chosen.length === 0}
          onPress={() => {
            onAdd(
              items
                .filter((idea) => chosen.includes(idea.id))
                .map((idea) => ({ ideaId: idea.id, text: idea.text, language })),
            );
            close();
          }}
        >
          {t('board.addIdeas.addChosen', { count: chosen.length })}
        </Button>
        <Button variant="tertiary" onPress={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
