import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { evidenceQuery, tagsQuery } from '../../api/research-queries.ts';
import { excerpt } from '../../i18n/format.ts';
import { evidenceKindKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Select } from '../../ui/Select.tsx';

const ALL = 'all';

/**
 * Evidence of the project to rest an insight (or a persona's field) on, newest first, narrowed
 * by a tag; the choice is kept while the tag changes. Withdrawn evidence has no words left to
 * cite and is not offered, but ids already chosen stay in the value.
 */
export function EvidencePicker({
  projectId,
  value,
  onChange,
  label,
}: {
  projectId: string;
  value: string[];
  onChange: (evidenceIds: string[]) => void;
  /** Names the choice; by default, the evidence an insight rests on. */
  label?: string;
}) {
  const t = useT();
  const [tagId, setTagId] = useState<string>(ALL);
  const tags = useQuery(tagsQuery(projectId)).data?.items ?? [];
  const evidence = useInfiniteQuery({
    ...evidenceQuery(projectId, tagId === ALL ? {} : { tagId }),
    placeholderData: keepPreviousData,
  });
  const listRef = useRef<HTMLDivElement>(null);
  const items = (evidence.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (item) => !item.withdrawn,
  );

  return (
    <div className="evidence-picker">
      {tags.length > 0 ? (
        <Select
          label={t('evidence.filterTag')}
          options={[
            { id: ALL, label: t('evidence.allTags') },
            ...tags.map((tag) => ({ id: tag.id, label: tag.name })),
          ]}
          value={tagId}
          onChange={setTagId}
        />
      ) : null}
      <div role="status" className="result-count">
        {value.length === 0
          ? t('insight.write.chosenNone')
          : t('insight.write.chosen', { count: value.length })}
      </div>
      {evidence.isPending ? (
        <Loading />
      ) : evidence.isError ? (
        <FormProblem error={evidence.error} />
      ) : items.length === 0 ? (
        <p>{tagId === ALL ? t('insight.write.noEvidence') : t('evidence.list.noMatches')}</p>
      ) : (
        <div ref={listRef} aria-busy={evidence.isPlaceholderData}>
          <CheckboxGroup
            label={label ?? t('insight.write.chooseEvidence')}
            orientation="vertical"
            value={value}
            onChange={onChange}
            className="evidence-picker__items"
          >
            {items.map((item) => (
              <Checkbox key={item.id} value={item.id}>
                <span lang={item.language}>{excerpt(item.text, 240)}</span>{' '}
                <span className="muted">
                  (
                  {[t(evidenceKindKey(item.kind)), item.participantCode].filter(Boolean).join(', ')}
                  )
                </span>
              </Checkbox>
            ))}
          </CheckboxGroup>
          <LoadMore
            query={evidence}
            count={items.length}
            list={listRef}
            focusable="input[type=checkbox]"
            label={t('evidence.list.loadMore')}
          />
        </div>
      )}
    </div>
  );
}
