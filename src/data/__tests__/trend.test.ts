import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../tests/fixtures/invent-year';
import { flattenFacts, queryFacts } from '../facts';
import { buildTile, sourcesById } from '../kpi';
import { loadDataset } from './dataset-fixtures';

// INVENTED later years (tests/fixtures): the real 2020 report, then 2021 and 2022 made from it.
const y2020 = loadDataset('assolombarda-2020.json');
const y2021 = inventYear(y2020, 2021);
const y2022 = inventYear(y2021, 2022, [y2020, y2021]);
const value = (d: typeof y2020, year: number) => d.facts.find((f) => f.metric === 'members.firms' && !f.dimensions && f.year === year)!.value;

function tileFor(datasets: (typeof y2020)[], year: number) {
  const all = flattenFacts(datasets);
  const fact = queryFacts(all, { metric: 'members.firms', year })[0]!;
  return buildTile(fact, all, sourcesById(datasets), 'it');
}

describe('a tile over the years', () => {
  it.each([
    ['one year: neither change nor trend', [y2020], 2020, false, false],
    ['two years: the change against the previous one, no trend', [y2020, y2021], 2021, true, false],
    ['three years: the change and the trend', [y2020, y2021, y2022], 2022, true, true],
    ['three years, looking at the middle one: two points, so no trend', [y2020, y2021, y2022], 2021, true, false],
  ])('%s', (_case, datasets, year, hasDelta, hasTrend) => {
    const tile = tileFor(datasets, year);
    expect(tile.delta !== undefined).toBe(hasDelta);
    expect(tile.trend !== undefined).toBe(hasTrend);
  });

  it('the trend holds each year’s figure from its own report, oldest first', () => {
    expect(tileFor([y2022, y2020, y2021], 2022).trend).toEqual([
      { year: 2020, value: value(y2020, 2020) },
      { year: 2021, value: value(y2021, 2021) },
      { year: 2022, value: value(y2022, 2022) },
    ]);
  });

  it('the bundled data alone has no series of three years (no trend line is drawn today)', () => {
    const datasets = ['assolombarda-2020', 'sviluppo-pmi-2020', 'cciaa-performance-2019', 'lavoro-milano-2018'].map((id) => loadDataset(`${id}.json`));
    const all = flattenFacts(datasets);
    const sources = sourcesById(datasets);
    expect(all.filter((f) => buildTile(f, all, sources, 'it').trend).map((f) => f.id)).toEqual([]);
  });
});
