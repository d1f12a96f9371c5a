import { filterFacts, queryFacts, type FactFilters, type SourcedFact } from '../../../data/facts';
import type { Dataset, I18nText } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';

/** Labels of dimension values, merged over the loaded datasets: { group: { A: { it, en } } }. */
export type DimensionLabels = Record<string, Record<string, I18nText>>;

/** The member facts the view shows: one reference year (the chosen one, or the latest with data). */
export interface MembersScope {
  year: number | null;
  facts: SourcedFact[];
}

export const EMPTY_SCOPE: MembersScope = { year: null, facts: [] };

export function memberFacts(all: readonly SourcedFact[]): SourcedFact[] {
  return all.filter((f) => f.area === 'members');
}

/** Member facts under the filters; without a year filter, those of the latest year that has any. */
export function selectMembers(all: readonly SourcedFact[], filters: FactFilters): MembersScope {
  const visible = filterFacts(memberFacts(all), filters);
  if (visible.length === 0) return EMPTY_SCOPE;
  const year = filters.year ?? Math.max(...visible.map((f) => f.year));
  return { year, facts: visible.filter((f) => f.year === year) };
}

/** The first dataset that labels a value wins (datasets are loaded in manifest order). */
export function mergeDimensions(datasets: readonly Pick<Dataset, 'dimensions'>[]): DimensionLabels {
  const out: DimensionLabels = {};
  for (const d of datasets) {
    for (const [dim, values] of Object.entries(d.dimensions)) {
      out[dim] = { ...values, ...(out[dim] ?? {}) };
    }
  }
  return out;
}

export function dimensionLabel(dims: DimensionLabels, dimension: string, key: string, locale: Locale): string {
  return dims[dimension]?.[key]?.[locale] ?? key;
}

/** The value keys of a dimension in the order the dataset declares them. */
export function dimensionKeys(dims: DimensionLabels, dimension: string): string[] {
  return Object.keys(dims[dimension] ?? {});
}

/** The one fact of a metric with exactly these dimensions (none means a total). */
export function findFact(facts: readonly SourcedFact[], metric: string, dimensions?: Record<string, string>): SourcedFact | undefined {
  return queryFacts(facts, { metric, dimensions })[0];
}
