import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildCovidContext } from '../context';

/** The bundled dataset the Covid view reads, validated by the schema. */
export const covidDatasets = [loadDataset('assolombarda-2020.json')];

export const ctxFor = (filters: Partial<FactFilters> = {}) => buildCovidContext(covidDatasets, { ...NO_FILTERS, ...filters });
