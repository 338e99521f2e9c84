import { methodCardDurations, phases, type Phase } from '@timantti/contracts';
import { useEffect, useState } from 'react';
import { methodDurationKey, phaseKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { SearchField } from '../../ui/SearchField.tsx';
import { Select } from '../../ui/Select.tsx';

export interface MethodCardFilterValues {
  q?: string;
  phase?: Phase;
  fitsIn?: (typeof methodCardDurations)[number];
}

const SEARCH_DELAY_MS = 300;
const ANY = 'all';

/** Search words, phase and duration; they live in the address so a view can be shared. */
export function MethodCardFilters({
  search,
  onChange,
}: {
  search: MethodCardFilterValues;
  onChange: (next: MethodCardFilterValues) => void;
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

  const durations = methodCardDurations.map((minutes) => ({
    id: String(minutes),
    minutes,
    label: t(methodDurationKey(minutes)),
  }));

  return (
    <form
      role="search"
      aria-label={t('methods.filters')}
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...search, q: query.trim() || undefined });
      }}
    >
      <SearchField
        className="filters__search"
        label={t('methods.search')}
        clearLabel={t('common.clearSearch')}
        value={query}
        onChange={setQuery}
      />
      <Select
        className="filters__phase"
        label={t('methods.phase')}
        options={[
          { id: ANY, label: t('methods.allPhases') },
          ...phases.map((phase) => ({ id: phase, label: t(phaseKey(phase)) })),
        ]}
        value={search.phase ?? ANY}
        onChange={(id) => onChange({ ...search, phase: phases.find((phase) => phase === id) })}
      />
      <Select
        className="filters__phase"
        label={t('methods.duration')}
        options={[{ id: ANY, label: t('methods.anyDuration') }, ...durations]}
        value={search.fitsIn ? String(search.fitsIn) : ANY}
        onChange={(id) =>
          onChange({ ...search, fitsIn: durations.find((option) => option.id === id)?.minutes })
        }
      />
    </form>
  );
}
