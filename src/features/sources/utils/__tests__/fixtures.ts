import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import type { Dataset } from '../../../../data/schema';

/** The four bundled datasets, validated, in manifest order (tests only). */
export const realDatasets: Dataset[] = ['assolombarda-2020.json', 'sviluppo-pmi-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json'].map(loadDataset);
