import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetSchema, type Dataset, type Fact } from '../schema';

const dataDir = resolve(__dirname, '../../../public/data');

/** Reads and validates one bundled dataset file (tests only; the app loads through fetch). */
export function loadDataset(file: string): Dataset {
  return datasetSchema.parse(JSON.parse(readFileSync(resolve(dataDir, file), 'utf8')));
}

export interface FactQuery {
  metric: string;
  year: number;
  dimensions?: Record<string, string>;
  organization?: string;
}

/** Facts with exactly this metric, year and dimensions (no dimensions means none at all). */
export function findFacts(dataset: Dataset, q: FactQuery): Fact[] {
  const wanted = q.dimensions ?? {};
  return dataset.facts.filter((f) => {
    const dims = f.dimensions ?? {};
    const sameDims =
      Object.keys(dims).length === Object.keys(wanted).length &&
      Object.entries(wanted).every(([k, v]) => dims[k] === v);
    const org = f.organization ?? dataset.source.organization;
    return f.metric === q.metric && f.year === q.year && sameDims && (!q.organization || q.organization === org);
  });
}
