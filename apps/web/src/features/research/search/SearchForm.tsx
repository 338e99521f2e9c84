import { useQuery } from '@tanstack/react-query';
import { evidenceKinds, researchSessionKinds } from '@timantti/contracts';
import { useState } from 'react';
import { participantsQuery, tagsQuery } from '../../../api/research-queries.ts';
import { evidenceKindKey, searchTypeKey, sessionKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { SearchField } from '../../../ui/SearchField.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useMe } from '../../session/session.ts';
import type { ResearchSearch } from './search-params.ts';
import { wordsHintKey } from './words-hint.ts';

const ALL = 'all';
const types = ['evidence', 'note', 'source', 'persona'] as const;

/** Search words and filters; they go to the address when the search is made. */
export function SearchForm({
  projectId,
  search,
  onSearch,
  withNotes,
}: {
  projectId: string;
  search: ResearchSearch;
  onSearch: (next: ResearchSearch) => void;
  /** Whether the user reads notes (the customer member does not): else none are searched. */
  withNotes: boolean;
}) {
  const t = useT();
  const me = useMe();
  const tags = useQuery(tagsQuery(projectId)).data?.items ?? [];
  const participants = useQuery(participantsQuery(projectId)).data?.items ?? [];
  const segments = [...new Set(participants.map((p) => p.segment).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b, 'fi'),
  );
  const [draft, setDraft] = useState<ResearchSearch>(search);
  const set = <K extends keyof ResearchSearch>(key: K, value: ResearchSearch[K] | typeof ALL) =>
    setDraft((current) => ({
      ...current,
      [key]: value === ALL || value === '' ? undefined : value,
    }));

  return (
    <form
      role="search"
      aria-label={t('search.formLabel')}
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch({ ...draft, q: draft.q?.trim() || undefined });
      }}
    >
      <SearchField
        className="search-form__words"
        label={t('search.words')}
        description={t(wordsHintKey(me?.installation))}
        clearLabel={t('common.clearSearch')}
        value={draft.q ?? ''}
        onChange={(q) => setDraft((current) => ({ ...current, q }))}
      />
      <div className="search-form__filters">
        <Select
          label={t('search.type')}
          options={[
            { id: ALL, label: t('search.allTypes') },
            ...types
              .filter((id) => withNotes || id !== 'note')
              .map((id) => ({ id, label: t(searchTypeKey(id)) })),
          ]}
          value={draft.type ?? ALL}
          onChange={(value) => set('type', value)}
        />
        <Select
          label={t('search.kind')}
          options={[
            { id: ALL, label: t('search.allKinds') },
            ...evidenceKinds.map((id) => ({ id, label: t(evidenceKindKey(id)) })),
          ]}
          value={draft.kind ?? ALL}
          onChange={(value) => set('kind', value)}
        />
        <Select
          label={t('search.tag')}
          options={[
            { id: ALL, label: t('search.allTags') },
            ...tags.map((tag) => ({ id: tag.id, label: tag.name })),
          ]}
          value={draft.tagId ?? ALL}
          onChange={(value) => set('tagId', value)}
        />
        <Select
          label={t('search.sessionKind')}
          options={[
            { id: ALL, label: t('search.allSessionKinds') },
            ...researchSessionKinds.map((id) => ({ id, label: t(sessionKindKey(id)) })),
          ]}
          value={draft.sessionKind ?? ALL}
          onChange={(value) => set('sessionKind', value)}
        />
        <Select
          label={t('search.segment')}
          options={[
            { id: ALL, label: t('search.allSegments') },
            ...segments.map((segment) => ({ id: segment, label: segment })),
          ]}
          value={draft.segment ?? ALL}
          onChange={(value) => set('segment', value)}
        />
        <TextField
          type="date"
          label={t('search.from')}
          value={draft.from ?? ''}
          onChange={(value) => set('from', value)}
        />
        <TextField
          type="date"
          label={t('search.to')}
          value={draft.to ?? ''}
          onChange={(value) => set('to', value)}
        />
      </div>
      <div className="form__actions">
        <Button type="submit">{t('search.submit')}</Button>
      </div>
    </form>
  );
}
