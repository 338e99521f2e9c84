import { phases, type Phase } from '@timantti/contracts';
import { useEffect, useState } from 'react';
import { phaseKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { SearchField } from '../../ui/SearchField.tsx';
import { Select } from '../../ui/Select.tsx';
import { Switch } from '../../ui/Switch.tsx';

export interface ProjectFilterValues {
  q?: string;
  phase?: Phase;
  archived?: boolean;
}

const SEARCH_DELAY_MS = 300;

/** Search words, phase and archived toggle; they live in the URL so a view can be shared. */
export function ProjectFilters({
  search,
  onChange,
}: {
  search: ProjectFilterValues;
  onChange: (next: ProjectFilterValues) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState(search.q ?? '');

  // Searching as one types, after a short pause so each keystroke is not a request.
  useEffect(() => {
    const q = query.trim() || undefined;
    if (q === (search.q?.trim() || undefined)) return;
    const timer = setTimeout(() => onChange({ ...search, q }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, search, onChange]);

  const phaseOptions = [
    { id: 'all', label: t('project.list.allPhases') },
    ...phases.map((phase) => ({ id: phase, label: t(phaseKey(phase)) })),
  ];

  return (
    <form
      role="search"
      aria-label={t('project.list.filters')}
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...search, q: query.trim() || undefined });
      }}
    >
      <SearchField
        className="filters__search"
        label={t('project.list.search')}
        clearLabel={t('common.clearSearch')}
        value={query}
        onChange={setQuery}
      />
      <Select
        className="filters__phase"
        label={t('project.list.phase')}
        options={phaseOptions}
        value={search.phase ?? 'all'}
        onChange={(id) => onChange({ ...search, phase: id === 'all' ? undefined : (id as Phase) })}
      />
      <Switch
        className="filters__archived"
        isSelected={search.archived ?? false}
        onChange={(archived) => onChange({ ...search, archived: archived || undefined })}
      >
        {t('project.list.showArchived')}
      </Switch>
    </form>
  );
}
