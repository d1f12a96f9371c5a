import { createContext, useContext } from 'react';
import type { Locale } from './locale';

/** A feature's dictionary: the English half must have exactly the Italian half's shape. */
export interface Messages<T> {
  it: T;
  en: NoInfer<T>;
}

export function defineMessages<T>(messages: Messages<T>): Messages<T> {
  return messages;
}

/** The language the page speaks: provided once by the shell (src/app/providers.tsx), from the user's choice. */
export const LocaleContext = createContext<Locale>('it');

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLocale()];
}

/** Pick the current language from a bilingual text of the data. */
export function pick(text: { it: string; en: string }, locale: Locale): string {
  return text[locale];
}
