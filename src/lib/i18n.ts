import { useFiltersStore } from '../store/filters-store';
import type { Locale } from './locale';

/** A feature's dictionary: the English half must have exactly the Italian half's shape. */
export interface Messages<T> {
  it: T;
  en: NoInfer<T>;
}

export function defineMessages<T>(messages: Messages<T>): Messages<T> {
  return messages;
}

export function useLocale(): Locale {
  return useFiltersStore((s) => s.lang);
}

export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLocale()];
}

/** Pick the current language from a bilingual text of the data. */
export function pick(text: { it: string; en: string }, locale: Locale): string {
  return text[locale];
}
