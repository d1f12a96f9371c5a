import { describe, expect, it } from 'vitest';
import { buildFilterOptions } from '../filter-options';
import { loadDataset } from './dataset-fixtures';

const datasets = ['assolombarda-2020.json', 'sviluppo-pmi-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json'].map(loadDataset);
const organization = (key: string) => buildFilterOptions(datasets).organizations.find((o) => o.key === key);

describe('organization options', () => {
  it('offer the full name in the list and the declared short name once chosen', () => {
    expect(organization('cciaa-mi-mb-lo')).toEqual({
      key: 'cciaa-mi-mb-lo',
      label: {
        it: 'Camera di Commercio di Milano Monza Brianza Lodi',
        en: 'Milan Monza Brianza Lodi Chamber of Commerce',
        short: { it: 'Camera di commercio', en: 'Chamber of commerce' },
      },
    });
  });

  it('have no short name where the data declares none (the select then keeps the full one)', () => {
    const promoters = organization('assolombarda-cgil-cisl-uil');
    expect(promoters?.label.short).toBeUndefined();
    expect(promoters?.label.it).toMatch(/^Assolombarda, Cgil, Cisl e Uil/);
  });
});
