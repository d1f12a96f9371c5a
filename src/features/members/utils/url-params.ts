import type { GroupMetric, GroupSort } from './group-sort';

/** The values of the view's URL parameters (their names: ../url-params.ts), in Italian like the rest of the URL. */

const METRIC_VALUES: Record<GroupMetric, string> = { firms: 'imprese', employees: 'dipendenti', perFirm: 'dipendenti-per-impresa' };
const SORT_VALUES: Record<GroupSort, string> = { value: 'valore', letter: 'lettera' };

export const DEFAULT_METRIC: GroupMetric = 'firms';
export const DEFAULT_SORT: GroupSort = 'value';

function fromAllowList<T extends string>(values: Record<T, string>, raw: string | undefined, fallback: T): T {
  const wanted = raw?.trim().toLowerCase();
  const hit = (Object.keys(values) as T[]).find((k) => values[k] === wanted);
  return hit ?? fallback;
}

/** Unknown or missing values fall back to the default. */
export function parseMetric(raw: string | undefined): GroupMetric {
  return fromAllowList(METRIC_VALUES, raw, DEFAULT_METRIC);
}

export function parseSort(raw: string | undefined): GroupSort {
  return fromAllowList(SORT_VALUES, raw, DEFAULT_SORT);
}

/** A group key the data has ("A".."L", or the computed row), case-insensitively; anything else is no selection. */
export function parseGroup(raw: string | undefined, keys: readonly string[]): string | null {
  const wanted = raw?.trim();
  if (!wanted) return null;
  return keys.find((k) => k.toLowerCase() === wanted.toLowerCase()) ?? null;
}

/** URL values; the default is written as null so shared links stay short. */
export function metricParam(metric: GroupMetric): string | null {
  return metric === DEFAULT_METRIC ? null : METRIC_VALUES[metric];
}

export function sortParam(sort: GroupSort): string | null {
  return sort === DEFAULT_SORT ? null : SORT_VALUES[sort];
}
