import { flattenFacts, type SourcedFact } from '../../../../data/facts';
import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import { sourcesById } from '../../../../data/kpi';
import type { Dataset, Unit } from '../../../../data/schema';
import { mergeDimensions, type DimensionLabels } from '../select-members';

/** The real 2020 report, as the app loads it. */
export const dataset: Dataset = loadDataset('assolombarda-2020.json');
export const realFacts: SourcedFact[] = flattenFacts([dataset]);
export const realDims: DimensionLabels = mergeDimensions([dataset]);
export const realSources = sourcesById([dataset]);

let n = 0;
/** A synthetic member fact (for the shapes the real data does not have: other years, missing parts). */
export function fact(metric: string, value: number, opts: { year?: number; dims?: Record<string, string>; unit?: Unit } = {}): SourcedFact {
  n += 1;
  return {
    id: `test.${n}`,
    year: opts.year ?? 2020,
    area: 'members',
    territory: 'assolombarda-area',
    organization: 'assolombarda',
    publisher: 'assolombarda',
    metric,
    dimensions: opts.dims,
    value,
    unit: opts.unit ?? (metric.includes('employees') ? 'employees' : 'firms'),
    qualifier: 'exact',
    label: { it: `${metric} it`, en: `${metric} en` },
    provenance: { section: 'test', label: metric },
    sourceId: 'test-source',
  };
}

export const scopeOf = (facts: SourcedFact[], year: number | null = 2020) => ({ year, facts });
