import type { Locale } from '../../../lib/locale';

/** The dataset's English renderings of the source's Italian wording, keyed by that wording. */
export type Translations = Readonly<Record<string, string>>;

export interface LocalText {
  text: string;
  /** Set when the text is the source's Italian shown in an English interface (no rendering in the data). */
  lang?: 'it';
}

/** The source's wording in the reader's language: as printed in Italian, the dataset's English in English. */
export function localText(text: string, translations: Translations | undefined, locale: Locale): LocalText {
  if (locale === 'it') return { text };
  const en = translations?.[text];
  return en ? { text: en } : { text, lang: 'it' };
}
