import { runChecks } from '../../../data/checks';
import type { CheckResult } from '../../../data/checks/types';
import type { FactFilters } from '../../../data/facts';
import type { Dataset } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { ViewModelSpec } from '../../../store/view-model';
import { countChecks, filterChecks, groupChecksBySource, type CheckCounts, type CheckGroup } from './check-models';
import { allItems, buildSourceModels, type Filterable, type SourceModel } from './source-models';

/** What the sources view reads whatever the filters: the checks, run once over all loaded data, and every item. */
export interface SourcesData {
  datasets: readonly Dataset[];
  allChecks: CheckResult[];
  items: Filterable[];
}

/** The sources and consistency checks under the filters and language. */
export interface SourcesModel {
  filters: FactFilters;
  checks: CheckResult[];
  counts: CheckCounts;
  groups: CheckGroup[];
  sources: SourceModel[];
  items: Filterable[];
}

export function prepareSources(datasets: readonly Dataset[]): SourcesData {
  return { datasets, allChecks: runChecks(datasets), items: allItems(datasets) };
}

export function sourcesModelOf({ datasets, allChecks, items }: SourcesData, filters: FactFilters, locale: Locale): SourcesModel {
  const checks = filterChecks(allChecks, filters);
  return {
    filters,
    checks,
    counts: countChecks(checks),
    groups: groupChecksBySource(checks, datasets),
    sources: buildSourceModels(datasets, filters, checks, locale),
    items,
  };
}

export const SOURCES_MODEL: ViewModelSpec<SourcesData, SourcesModel> = { prepare: prepareSources, build: sourcesModelOf };

/** The sources view's model for the data, filters and language. */
export function buildSourcesModel(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): SourcesModel {
  return sourcesModelOf(prepareSources(datasets), filters, locale);
}
