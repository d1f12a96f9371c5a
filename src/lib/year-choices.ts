/**
 * The values of the year-on-year choices a view keeps in the URL (their names: year-choice-params.ts):
 * whether a chart compares the years, and which series the chart by year shows, named by an Italian
 * slug that does not change with the interface language.
 */

export type CompareMode = 'year' | 'years';
const YEARS = 'anni';

/** "anni" asks for the year-on-year view; anything else is the year's own chart. */
export function parseCompare(raw: string | undefined): CompareMode {
  return raw?.trim().toLowerCase() === YEARS ? 'years' : 'year';
}

export function compareParam(mode: CompareMode): string | null {
  return mode === 'years' ? YEARS : null;
}

/** The series the URL names among those with several years; the first one otherwise, an unknown name reported. */
export function parseSeries<T extends string>(raw: string | undefined, available: readonly T[], slugs: Readonly<Record<T, string>>): { value: T | null; rejected: string | null } {
  const fallback = available[0] ?? null;
  const wanted = raw?.trim().toLowerCase();
  if (!wanted) return { value: fallback, rejected: null };
  const found = available.find((m) => slugs[m] === wanted);
  return found ? { value: found, rejected: null } : { value: fallback, rejected: raw ?? null };
}

/** The first available series is the default, written as null so links stay short. */
export function seriesParam<T extends string>(metric: T, available: readonly T[], slugs: Readonly<Record<T, string>>): string | null {
  return metric === available[0] ? null : slugs[metric];
}
