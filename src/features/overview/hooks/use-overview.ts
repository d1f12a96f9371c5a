import { useMemo } from 'react';
import { flattenFacts, type FactFilters, type SourcedFact } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import { useDatasets } from '../../../data/use-datasets';
import type { Dataset } from '../../../data/schema';
import { formatNumber } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import type { Locale } from '../../../lib/locale';
import { useFactFilters } from '../../../store/filters-store';
import { overviewMessages } from '../messages';
import { buildOverview, type OverviewModel } from '../utils/build-overview';
import { HEADLINES } from '../utils/headlines';
import { buildOutcomeTiles } from '../utils/outcome-tile';

/** After the members' lead tile: the chamber's indicators achieved. */
const OUTCOME_AFTER = 1;

/** The overview's model for the data, filters and language. */
export function buildOverviewModel(datasets: readonly Dataset[], facts: readonly SourcedFact[], filters: FactFilters, locale: Locale): OverviewModel {
  const t = overviewMessages[locale].outcome;
  const f = (n: number) => formatNumber(n, locale);
  const text = { label: t.label, section: t.section, note: (a: number, b: number, c: number) => t.note(f(a), f(b), f(c)) };
  const outcome = buildOutcomeTiles(datasets, filters, text, locale).map((tile) => ({ tile, area: 'performance' as const, after: OUTCOME_AFTER }));
  return buildOverview(facts, HEADLINES, filters, sourcesById(datasets, locale), locale, outcome);
}

/** Every overview panel asks for the same model: build it once per (data, filters, language). */
let last: { datasets: readonly Dataset[]; filters: FactFilters; locale: Locale; model: OverviewModel } | null = null;
function overviewModel(datasets: readonly Dataset[], facts: readonly SourcedFact[], filters: FactFilters, locale: Locale): OverviewModel {
  const same = last && last.datasets === datasets && last.locale === locale && (Object.keys(filters) as (keyof FactFilters)[]).every((k) => last!.filters[k] === filters[k]);
  if (last && same) return last.model;
  const model = buildOverviewModel(datasets, facts, filters, locale);
  last = { datasets, filters, locale, model };
  return model;
}

/** The overview's tiles for the current filters, plus what the empty state needs. */
export function useOverview() {
  const locale = useLocale();
  const filters = useFactFilters();
  const data = useDatasets();
  const facts = flattenFacts(data.datasets);
  const model = useMemo(() => overviewModel(data.datasets, facts, filters, locale), [data.datasets, facts, filters, locale]);
  return { ...data, facts, filters, model };
}
