import { locales, type Locale } from '@timantti/contracts';
import { localeKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { translate } from '@timantti/i18n';
import { Select } from '../../ui/Select.tsx';

/** Each language is named in itself ("Svenska"), so a reader finds their own. */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const options = locales.map((code: Locale) => ({
    id: code,
    label: translate(code, localeKey(code)),
    lang: code,
  }));
  return (
    <Select
      className="header-select"
      label={t('header.language')}
      options={options}
      value={locale}
      onChange={setLocale}
    />
  );
}
