import { localeCodes, type LocaleCode } from '@timantti/i18n/core';
import { useId } from 'react';
import { localeKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';

/**
 * Each language is named in itself ("Svenska") in every catalog, so a reader finds their own.
 * A native select: every page shows it, and the list box in a popover (`ui/Select`) would be
 * a third of the sign-in page's JavaScript.
 */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const id = useId();
  return (
    <div className="field header-select">
      <label className="field__label" htmlFor={id}>
        {t('header.language')}
      </label>
      <select
        id={id}
        className="select__button header-select__native"
        value={locale}
        onChange={(event) => setLocale(event.target.value as LocaleCode)}
      >
        {localeCodes.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(localeKey(code))}
          </option>
        ))}
      </select>
    </div>
  );
}
