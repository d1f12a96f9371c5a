import { describe, expect, it } from 'vitest';
import { flattenFacts, NO_FILTERS, type FactFilters } from '../../../../data/facts';
import type { Dataset } from '../../../../data/schema';
import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import { tileCount } from '../build-overview';
import { buildOverviewModel, overviewTiles } from '../overview-model';

const datasets: Dataset[] = ['assolombarda-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json', 'sviluppo-pmi-2020.json'].map(loadDataset);
const filtersOf = (f: Partial<FactFilters>): FactFilters => ({ ...NO_FILTERS, ...f });

describe('buildOverviewModel', () => {
  it.each([
    ['no filters', {}],
    ['2020', { year: 2020 }],
    ['2019', { year: 2019 }],
    ['2018', { year: 2018 }],
    ['the members area', { area: 'members' as const }],
  ])('with %s: the tiles of the headlines, counted, with what the empty state reads', (_, f) => {
    const filters = filtersOf(f);
    const model = buildOverviewModel(datasets, filters, 'it');
    const tiles = overviewTiles(datasets, flattenFacts(datasets), filters, 'it');
    expect({ lead: model.lead, rest: model.rest, sources: model.sources }).toEqual(tiles);
    expect(model.shown).toBe(tileCount(tiles));
    expect(model.filters).toBe(filters);
    expect(model.facts).toHaveLength(flattenFacts(datasets).length);
  });

  it('leads with the 6.796 member firms of 2020', () => {
    expect(buildOverviewModel(datasets, NO_FILTERS, 'it').lead[0]?.tile).toMatchObject({ value: 6796, year: 2020 });
  });

  it('shows nothing for a year without any headline', () => {
    expect(buildOverviewModel(datasets, filtersOf({ year: 2010 }), 'it').shown).toBe(0);
  });
});
