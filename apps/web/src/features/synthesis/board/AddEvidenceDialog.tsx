import { useInfiniteQuery } from '@tanstack/react-query';
import type { NewEvidenceCard, SearchHit } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { searchResearch } from '../../../api/evidence.ts';
import { searchQuery } from '../../../api/research-queries.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { Checkbox } from '../../../ui/Checkbox.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { LoadMore } from '../../../ui/LoadMore.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { SearchField } from '../../../ui/SearchField.tsx';
import { SnippetText } from '../../research/search/SnippetText.tsx';

// A whole search result goes onto the board up to this many cards: a workshop wall, not a dump.
const MAX_CARDS_AT_ONCE = 2000;

const cardOf = (hit: SearchHit): NewEvidenceCard => ({
  evidenceId: hit.id,
  text: hit.text ?? '',
  language: hit.language,
});

/**
 * Finds evidence with the research search and puts it on the board as cards: one, several
 * chosen, or every item the search finds.
 */
export function AddEvidenceDialog({
  projectId,
  onAdd,
}: {
  projectId: string;
  /** Adds the cards not on the board yet; returns how many were added. */
  onAdd: (cards: NewEvidenceCard[]) => number;
}) {
  const t = useT();
  return (
    <FormDialog
      title={t('board.addEvidence.title')}
      trigger={<Button variant="secondary">{t('board.addEvidence.open')}</Button>}
    >
      {(close) => <AddEvidenceForm projectId={projectId} onAdd={onAdd} close={close} />}
    </FormDialog>
  );
}

function AddEvidenceForm({
  projectId,
  onAdd,
  close,
}: {
  projectId: string;
  onAdd: (cards: NewEvidenceCard[]) => number;
  close: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Map<string, NewEvidenceCard>>(new Map());
  const [addingAll, setAddingAll] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const results = useInfiniteQuery({
    ...searchQuery(projectId, { q, type: 'evidence' }),
    enabled: q !== '',
  });
  const hits = results.data?.pages.flatMap((page) => page.items) ?? [];

  const toggle = (hit: SearchHit, on: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(hit.id, cardOf(hit));
      else next.delete(hit.id);
      return next;
    });

  const addAll = async () => {
    setAddingAll(true);
    setProblem(null);
    try {
      const cards: NewEvidenceCard[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchResearch(projectId, { q, type: 'evidence' }, cursor, 100);
        cards.push(...page.items.map(cardOf));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && cards.length < MAX_CARDS_AT_ONCE);
      onAdd(cards.slice(0, MAX_CARDS_AT_ONCE));
      close();
    } catch (error) {
      setProblem(error);
    } finally {
      setAddingAll(false);
    }
  };

  return (
    <div className="add-evidence">
      <Form
        role="search"
        className="add-evidence__search"
        onSubmit={(event) => {
          event.preventDefault();
          setQ(draft.trim());
          setChosen(new Map());
        }}
      >
        <SearchField
          label={t('board.addEvidence.search')}
          description={t('board.addEvidence.searchHint')}
          clearLabel={t('common.clearSearch')}
          value={draft}
          onChange={setDraft}
          autoFocus
        />
        <Button type="submit" variant="secondary">
          {t('search.submit')}
        </Button>
      </Form>
      <div role="status" className="result-count">
        {q && !results.isPending
          ? hits.length === 0
            ? t('search.noResults')
            : t('board.addEvidence.found', {
                count: hits.length,
                more: results.hasNextPage ? '+' : '',
              })
          : null}
      </div>
      {q && results.isPending ? <Loading /> : null}
      <FormProblem error={results.isError ? results.error : problem} />
      {hits.length > 0 ? (
        <>
          <ul className="add-evidence__hits" ref={listRef}>
            {hits.map((hit) => (
              <li key={hit.id} className="add-evidence__hit">
                <Checkbox
                  isSelected={chosen.has(hit.id)}
                  onChange={(on) => toggle(hit, on)}
                  className="add-evidence__choice"
                >
                  <SnippetText snippet={hit.snippet} lang={hit.language} />
                  {hit.title ? <span className="muted"> {hit.title}</span> : null}
                </Checkbox>
              </li>
            ))}
          </ul>
          <LoadMore
            query={results}
            count={hits.length}
            list={listRef}
            focusable="input[type=checkbox]"
            label={t('search.loadMore')}
          />
        </>
      ) : null}
      <div className="form__actions">
        <Button
          isDisabled={chosen.size === 0}
          onPress={() => {
            onAdd([...chosen.values()]);
            close();
          }}
        >
          {t('board.addEvidence.addChosen', { count: chosen.size })}
        </Button>
        {hits.length > 0 ? (
          <Button variant="secondary" isPending={addingAll} onPress={() => void addAll()}>
            {t('board.addEvidence.addAll')}
          </Button>
        ) : null}
        <Button variant="tertiary" onPress={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
