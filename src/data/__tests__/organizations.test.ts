import { describe, expect, it } from 'vitest';
import { buildFilterOptions } from '../filter-options';
import { organizationName } from '../organizations';
import { loadDataset } from './dataset-fixtures';

const datasets = ['assolombarda-2020.json', 'sviluppo-pmi-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json'].map(loadDataset);

describe('organization names (the Ente filter: full in the list, short once chosen)', () => {
  it('offers every organization whose figures the data holds', () => {
    expect(buildFilterOptions(datasets).organizations).toContain('cciaa-mi-mb-lo');
    expect(buildFilterOptions(datasets).organizations).toContain('assolombarda-cgil-cisl-uil');
  });

  it('names an organization in full, or by the short name the data declares', () => {
    expect(organizationName(datasets, 'cciaa-mi-mb-lo', 'it')).toBe('Camera di Commercio di Milano Monza Brianza Lodi');
    expect(organizationName(datasets, 'cciaa-mi-mb-lo', 'en')).toBe('Milan Monza Brianza Lodi Chamber of Commerce');
    expect(organizationName(datasets, 'cciaa-mi-mb-lo', 'it', true)).toBe('Camera di commercio');
    expect(organizationName(datasets, 'cciaa-mi-mb-lo', 'en', true)).toBe('Chamber of commerce');
  });

  it('keeps the full name, short asked, where the data declares no short one', () => {
    expect(organizationName(datasets, 'assolombarda-cgil-cisl-uil', 'it', true)).toMatch(/^Assolombarda, Cgil, Cisl e Uil/);
  });
});
