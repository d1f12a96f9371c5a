import { useMemo } from 'react';
import { flattenFacts, type FactFilters, type SourcedFact } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import { useDatasets } from '../../../data/use-datasets';
import type { Dataset } from '../../../data/schema';
import { useLocale } from '../../../lib/i18n';
import type { Locale } from '../../../lib/locale';
import { useFactFilters } from '../../../store/filters-store';
import { buildOverview, type OverviewGroup } from '../utils/build-overview';
import { HEADLINES } from '../utils/headlines';

/** Every overview panel asks for the same groups: build them once per (data, filters, language). */
let last: { datasets: readonly Dataset[]; filters: FactFilters; locale: Locale; groups: OverviewGroup[] } | null = null;
function overviewGroups(datasets: readonly Dataset[], facts: readonly SourcedFact[], filters: FactFilters, locale: Locale): OverviewGroup[] {
  const same = last && last.datasets === datasets && last.locale === locale && (Object.keys(filters) as (keyof FactFilters)[]).every((k) => last!.filters[k] === filters[k]);
  if (last && same) return last.groups;
  const groups = buildOverview(facts, HEADLINES, filters, sourcesById(datasets, locale), locale);
  last = { datasets, filters, locale, groups };
  return groups;
}

/** The overview's tile groups for the current filters, plus what the empty state needs. */
export function useOverview() {
  const locale = useLocale();
  const filters = useFactFilters();
  const data = useDatasets();
  const facts = flattenFacts(data.datasets);
  const groups = useMemo(() => overviewGroups(data.datasets, facts, filters, locale), [data.datasets, facts, filters, locale]);
  return { ...data, facts, filters, groups };
}
