export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tag used by Intl for each interface language. */
export const INTL_LOCALE: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };
