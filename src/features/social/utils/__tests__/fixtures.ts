import { filterFacts, flattenFacts, NO_FILTERS, type FactFilters, type SourcedFact } from '../../../../data/facts';
import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import type { Fact } from '../../../../data/schema';
import { dimensionLabels } from '../labels';
import { isCommunicationFact } from '../../view-scope';

/** The two datasets this view reads, as the view sees them (communication facts only). */
export const datasets = [loadDataset('assolombarda-2020.json'), loadDataset('cciaa-performance-2019.json')];
export const all: SourcedFact[] = flattenFacts(datasets).filter(isCommunicationFact);
export const labels = dimensionLabels(datasets, 'it');

export function visible(filters: Partial<FactFilters> = {}): SourcedFact[] {
  return filterFacts(all, { ...NO_FILTERS, ...filters });
}

/** A hand-made fact for edge cases the real data does not have. */
export function fact(metric: string, value: number, extra: Partial<Fact> & { organization?: string } = {}): SourcedFact {
  return {
    id: `t.${metric}.${JSON.stringify(extra.dimensions ?? {})}.${extra.year ?? 2020}`.replace(/[^a-z0-9._-]/g, ''),
    year: 2020, area: 'social', territory: 'milano', metric, value, unit: 'count', qualifier: 'exact',
    label: { it: metric, en: metric }, provenance: { section: 's', label: 'l' },
    sourceId: 'test', organization: 'org', ...extra,
  } as SourcedFact;
}
