import type { CheckResult } from '../../../data/checks/types';
import type { FactFilters } from '../../../data/facts';
import type { Dataset } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { ViewModelSpec } from '../../../store/view-model';
import { buildChecksModel, type ChecksModel } from './check-models';
import { mapThenable, runChecksNow, type RunChecks, type Thenable } from '../../../data/checks/slices';
import { allItems, buildSourceModels, type Filterable, type SourceModel } from './source-models';

/** What the sources view reads whatever the filters: every item, and the checks run once over all loaded data. */
export interface SourcesData {
  datasets: readonly Dataset[];
  items: Filterable[];
  allChecks: Thenable<CheckResult[]>;
}

/**
 * The sources and consistency checks under the filters and language. The sources come at once (the
 * cards are the first screen); the checks when they have run: `checks` settles then, and a panel
 * reads it with React's `use` under a Suspense boundary that says they are pending.
 */
export interface SourcesModel {
  filters: FactFilters;
  sources: SourceModel[];
  items: Filterable[];
  checks: Thenable<ChecksModel>;
}

export function prepareSources(datasets: readonly Dataset[], run: RunChecks = runChecksNow): SourcesData {
  return { datasets, items: allItems(datasets), allChecks: run(datasets) };
}

export function sourcesModelOf({ datasets, items, allChecks }: SourcesData, filters: FactFilters, locale: Locale): SourcesModel {
  return {
    filters,
    sources: buildSourceModels(datasets, filters, locale),
    items,
    checks: mapThenable(allChecks, (all) => buildChecksModel(all, datasets, filters)),
  };
}

/** The view model's two steps, the checks run by `run`. */
export const sourcesModelSpec = (run: RunChecks): ViewModelSpec<SourcesData, SourcesModel> => ({
  prepare: (datasets) => prepareSources(datasets, run),
  build: sourcesModelOf,
});

/** The sources view's model for the data, filters and language, its checks run at once. */
export function buildSourcesModel(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): SourcesModel {
  return sourcesModelOf(prepareSources(datasets), filters, locale);
}
