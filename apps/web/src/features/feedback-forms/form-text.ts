import type { Locale } from '@timantti/contracts';

type Texts = { fi?: string | undefined; sv?: string | undefined; en?: string | undefined };

/** A form's text in the user's language when the form has it, else in its first language. */
export function textOf(texts: Texts, locale: Locale, languages: readonly Locale[]) {
  return texts[locale] ?? texts[languages[0] ?? 'fi'] ?? '';
}

/** The language `textOf` gives the text in, for its lang attribute. */
export const textLang = (texts: Texts, locale: Locale, languages: readonly Locale[]) =>
  texts[locale] ? locale : (languages[0] ?? 'fi');
