import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import type { Indicator } from '../../../../data/schema';
import { collectIndicators, collectStrategicAreas, type ScorecardIndicator } from '../scorecard-data';

/** The real performance report dataset, as the app loads it. */
export const cciaa = loadDataset('cciaa-performance-2019.json');
export const datasets = [
  loadDataset('assolombarda-2020.json'),
  cciaa,
  loadDataset('lavoro-milano-2018.json'),
  loadDataset('sviluppo-pmi-2020.json'),
];
export const indicators = collectIndicators(datasets);
export const areas = collectStrategicAreas(datasets);
export const codesOf = (list: readonly Indicator[]) => list.map((i) => i.code);
export const idsOf = (list: readonly Indicator[]) => list.map((i) => i.id);

/** A made-up indicator for edge cases (never asserted as a figure of the report). */
export function fake(over: Partial<ScorecardIndicator> & { id: string }): ScorecardIndicator {
  return {
    code: '9.9.9', table: 'performance-plan', year: 2019, territory: 'cciaa-area', areaCode: '9', objectiveCode: '9.9',
    name: { it: 'Prova', en: 'Test' }, type: 'risultato', formula: 'n', target: { stated: '1' }, result: { stated: '1' },
    status: 'not_achieved', responsibleUnits: [], tags: [], provenance: { section: 'x', label: 'x' },
    area: 'performance', organization: 'cciaa-mi-mb-lo', sourceId: 'test',
    ...over,
  };
}
