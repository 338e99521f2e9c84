import { localeKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Select } from '../../ui/Select.tsx';

export const textLanguages = ['fi', 'sv', 'en'] as const;
export type TextLanguage = (typeof textLanguages)[number];

/** The language research material is written in; each option is named in its own language. */
export function TextLanguageSelect({
  label,
  value,
  onChange,
  errorMessage,
}: {
  label: string;
  value: TextLanguage;
  onChange: (value: TextLanguage) => void;
  errorMessage: string | undefined;
}) {
  const t = useT();
  return (
    <Select
      name="language"
      label={label}
      options={textLanguages.map((id) => ({ id, label: t(localeKey(id)), lang: id }))}
      value={value}
      onChange={onChange}
      errorMessage={errorMessage}
    />
  );
}
