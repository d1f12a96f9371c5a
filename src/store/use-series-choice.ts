import { SERIES_PARAM } from '../lib/year-choice-params';
import { parseSeries, seriesParam } from '../lib/year-choices';
import { useFiltersStore } from './filters-store';

/**
 * The series a chart by year shows, as the URL names it (`serie`), among those with several years:
 * the chosen one (the first by default; an unknown name is reported) and how to choose another.
 */
export function useSeriesChoice<T extends string>(available: readonly T[], slugs: Readonly<Record<T, string>>) {
  const raw = useFiltersStore((s) => s.extra[SERIES_PARAM]);
  const setExtra = useFiltersStore((s) => s.setExtra);
  const { value, rejected } = parseSeries(raw, available, slugs);
  return { value, rejected, choose: (metric: T) => setExtra(SERIES_PARAM, seriesParam(metric, available, slugs)) };
}
