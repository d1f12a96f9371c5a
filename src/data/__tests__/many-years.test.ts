import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../tests/fixtures/invent-year';
import { flattenFacts, previousOf, queryFacts } from '../facts';
import { loadDataset } from './dataset-fixtures';

// INVENTED later years (tests/fixtures): the real 2020 report, then 2021 and 2022 made from it.
const y2020 = loadDataset('assolombarda-2020.json');
const y2021 = inventYear(y2020, 2021);
const y2022 = inventYear(y2021, 2022, [y2020, y2021]);

describe('series across the years of a report series', () => {
  const facts = flattenFacts([y2020, y2021, y2022]);
  const firms = queryFacts(facts, { metric: 'members.firms' });

  it('keeps one figure per year: the report of that year, not the next year’s restatement', () => {
    expect(firms.map((f) => [f.year, f.sourceId])).toEqual([
      [2020, 'assolombarda-2020'],
      [2021, 'assolombarda-2021'],
      [2022, 'assolombarda-2022'],
    ]);
  });

  it('finds the previous year in the previous report', () => {
    const latest = firms.find((f) => f.year === 2022)!;
    expect(previousOf(facts, latest)).toMatchObject({ year: 2021, value: y2021.facts.find((f) => f.metric === 'members.firms' && f.year === 2021)!.value });
  });

  it('a restatement of a year no report of its own covers is kept (the latest report’s)', () => {
    const only2021 = flattenFacts([y2021, y2022]);
    expect(queryFacts(only2021, { metric: 'members.firms', year: 2020 }).map((f) => f.sourceId)).toEqual(['assolombarda-2021']);
  });

  it('leaves datasets of different report series alone', () => {
    const other = { ...y2021, id: 'altro-ente-2021' };
    expect(flattenFacts([y2020, other]).length).toBe(y2020.facts.length + other.facts.length);
  });
});
