import type { Locale } from '@timantti/contracts';
import { useId } from 'react';
import type { SummaryFilter } from '../../api/feedback-forms.ts';
import { localeKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';

/** The segment and language a form's answers are narrowed to, as the summary and list share. */
export function ResponseFilters({
  filter,
  onChange,
  segments,
  languages,
  label,
}: {
  filter: SummaryFilter;
  onChange: (next: SummaryFilter) => void;
  segments: readonly string[];
  languages: readonly Locale[];
  /** Names the filters as a search landmark, where the page has one of its own. */
  label?: string;
}) {
  const t = useT();
  const segmentId = useId();
  const languageId = useId();
  return (
    <form
      {...(label ? { role: 'search', 'aria-label': label } : {})}
      className="form-row"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={segmentId}>{t('feedbackForms.filter.segment')}</label>
        <select
          id={segmentId}
          value={filter.segment}
          onChange={(event) => onChange({ ...filter, segment: event.target.value })}
        >
          <option value="">{t('feedbackForms.filter.all')}</option>
          {segments.map((segment) => (
            <option key={segment} value={segment}>
              {segment}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={languageId}>{t('feedbackForms.filter.language')}</label>
        <select
          id={languageId}
          value={filter.language}
          onChange={(event) => onChange({ ...filter, language: event.target.value })}
        >
          <option value="">{t('feedbackForms.filter.all')}</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {t(localeKey(language))}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
