import { filterFacts, flattenFacts, matchesFilters, type FactFilters, type SourcedFact } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import type { DataList, DataRecord, Dataset, I18nText } from '../../../data/schema';
import type { SourceInfo } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';

/** A list or record with its dataset's organization, so the organization filter applies to it too. */
export type Scoped<T> = T & { organization: string; sourceId: string };

export type DimensionLabels = Record<string, Record<string, I18nText>>;

/** Everything the labour view's builders read, resolved once per data/filters change. */
export interface LabourContext {
  filters: FactFilters;
  /** Every fact (for deltas and joins that must not depend on the filters). */
  all: SourcedFact[];
  /** Facts that pass the filters. */
  visible: SourcedFact[];
  /** Every list: items are filtered with the figures they point at (see groupLists). */
  allLists: Scoped<DataList>[];
  records: Scoped<DataRecord>[];
  sources: Map<string, SourceInfo>;
  dimensions: DimensionLabels;
  /** Facts, lists and records ignoring the filters (for the empty state's explanation). */
  items: { year: number; area: DataList['area']; territory: DataList['territory']; organization: string }[];
}

function scope<T>(d: Dataset, items: readonly T[]): Scoped<T>[] {
  return items.map((i) => ({ ...i, organization: d.source.organization, sourceId: d.source.id }));
}

/** What the labour view reads whatever the filters: facts (indexed by metric), lists, records and labels. */
export interface LabourData {
  datasets: readonly Dataset[];
  all: SourcedFact[];
  allLists: Scoped<DataList>[];
  allRecords: Scoped<DataRecord>[];
  dimensions: DimensionLabels;
}

export function prepareLabour(datasets: readonly Dataset[]): LabourData {
  const dimensions: DimensionLabels = {};
  for (const d of datasets) for (const [dim, labels] of Object.entries(d.dimensions)) dimensions[dim] = { ...dimensions[dim], ...labels };
  return {
    datasets,
    all: flattenFacts(datasets),
    allLists: datasets.flatMap((d) => scope(d, d.lists)),
    allRecords: datasets.flatMap((d) => scope(d, d.records)),
    dimensions,
  };
}

export function labourContextOf({ datasets, all, allLists, allRecords, dimensions }: LabourData, filters: FactFilters, locale: Locale = 'it'): LabourContext {
  return {
    filters,
    all,
    visible: filterFacts(all, filters),
    allLists,
    records: allRecords.filter((r) => matchesFilters(r, filters)),
    sources: sourcesById(datasets, locale),
    dimensions,
    items: [...all, ...allLists, ...allRecords],
  };
}

export function buildLabourContext(datasets: readonly Dataset[], filters: FactFilters, locale: Locale = 'it'): LabourContext {
  return labourContextOf(prepareLabour(datasets), filters, locale);
}

/** The label of a dimension value from the data (never typed into a component). */
export function dimensionLabel(dims: DimensionLabels, dimension: string, key: string): I18nText {
  return dims[dimension]?.[key] ?? { it: key, en: key };
}
