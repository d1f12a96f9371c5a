import type { TotalMetric } from './year-on-year';

/** URL names (registered in EXTRA_PARAMS): whether the groups chart compares the years, and which total the years chart shows. */
export const PARAM_COMPARE = 'confronto';
export const PARAM_SERIES = 'serie';

export type CompareMode = 'year' | 'years';
const COMPARE_VALUE = 'anni';

/** Italian and stable whatever the interface language. */
const SERIES_SLUGS: Record<TotalMetric, string> = {
  'members.firms': 'imprese',
  'members.employees': 'dipendenti',
  'members.new.firms': 'nuove',
  'members.cancelled.firms': 'cancellate',
};

/** "anni" asks for the year-on-year view; anything else is the year's own chart. */
export function parseCompare(raw: string | undefined): CompareMode {
  return raw?.trim().toLowerCase() === COMPARE_VALUE ? 'years' : 'year';
}

export function compareParam(mode: CompareMode): string | null {
  return mode === 'years' ? COMPARE_VALUE : null;
}

/** The total named in the URL among those with several years; the first of them otherwise. */
export function parseSeries(raw: string | undefined, available: readonly TotalMetric[]): TotalMetric | null {
  const wanted = raw?.trim().toLowerCase();
  return available.find((m) => SERIES_SLUGS[m] === wanted) ?? available[0] ?? null;
}

/** The first available total is the default, written as null so links stay short. */
export function seriesParam(metric: TotalMetric, available: readonly TotalMetric[]): string | null {
  return metric === available[0] ? null : SERIES_SLUGS[metric];
}
