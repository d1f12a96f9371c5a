import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildLabourContext } from '../context';

/** The two bundled datasets the labour view reads, validated by the schema. */
export const labourDatasets = [loadDataset('lavoro-milano-2018.json'), loadDataset('sviluppo-pmi-2020.json')];

export const ctxFor = (filters: Partial<FactFilters> = {}) => buildLabourContext(labourDatasets, { ...NO_FILTERS, ...filters });
