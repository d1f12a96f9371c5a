/** The themes a user can choose. */
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The language and theme a user chose last, remembered on this device. Dependency-free: the first
 * screen's script reads them too (src/app/page-status.ts).
 */
export const PREFS_KEY = 'cruscotto.prefs';

export function readPrefs(): { lang?: string; theme?: string } {
  try {
    return JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as { lang?: string; theme?: string };
  } catch {
    return {};
  }
}
