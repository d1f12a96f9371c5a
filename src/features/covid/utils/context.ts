import { filterFacts, flattenFacts, matchesFilters, type FactFilters, type SourcedFact } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import type { Area, DataList, Dataset, I18nText, Territory } from '../../../data/schema';
import type { SourceInfo } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';

export type ScopedList = DataList & { organization: string };

/** Everything the Covid view's builders read, resolved once per data/filters change. */
export interface CovidContext {
  filters: FactFilters;
  /** Every fact (previous-year comparisons must not depend on the year filter). */
  all: SourcedFact[];
  /** Facts that pass the filters. */
  visible: SourcedFact[];
  /** Lists that pass the filters. */
  lists: ScopedList[];
  sources: Map<string, SourceInfo>;
  organizations: Record<string, I18nText>;
  /** Facts and lists ignoring the filters (for the empty state's explanation). */
  items: { year: number; area: Area; territory: Territory; organization: string }[];
}

/** What the Covid view reads whatever the filters: facts (indexed by metric), lists and organizations. */
export interface CovidData {
  datasets: readonly Dataset[];
  all: SourcedFact[];
  allLists: ScopedList[];
  organizations: Record<string, I18nText>;
}

export function prepareCovid(datasets: readonly Dataset[]): CovidData {
  return {
    datasets,
    all: flattenFacts(datasets),
    allLists: datasets.flatMap((d) => d.lists.map((l) => ({ ...l, organization: d.source.organization }))),
    organizations: Object.assign({}, ...datasets.map((d) => d.organizations)),
  };
}

export function covidContextOf({ datasets, all, allLists, organizations }: CovidData, filters: FactFilters, locale: Locale = 'it'): CovidContext {
  return {
    filters,
    all,
    visible: filterFacts(all, filters),
    lists: allLists.filter((l) => matchesFilters(l, filters)),
    sources: sourcesById(datasets, locale),
    organizations,
    items: [...all, ...allLists],
  };
}

export function buildCovidContext(datasets: readonly Dataset[], filters: FactFilters, locale: Locale = 'it'): CovidContext {
  return covidContextOf(prepareCovid(datasets), filters, locale);
}
