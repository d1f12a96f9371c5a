import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../tests/fixtures/invent-year';
import { flattenFacts, NO_FILTERS } from '../facts';
import { buildYearTable } from '../years';
import { loadDataset } from './dataset-fixtures';

// INVENTED later years (tests/fixtures): the real 2020 report, then 2021 and 2022 made from it.
const y2020 = loadDataset('assolombarda-2020.json');
const y2021 = inventYear(y2020, 2021);
const y2022 = inventYear(y2021, 2022, [y2020, y2021]);
const specs = [{ metric: 'members.firms' }, { metric: 'members.employees' }];
const firms = (d: typeof y2020, year: number) => d.facts.find((f) => f.metric === 'members.firms' && f.year === year && !f.dimensions)!.value;

describe('buildYearTable', () => {
  it('one year of data: nothing to show', () => {
    expect(buildYearTable(flattenFacts([y2020]), NO_FILTERS, specs, 'it')).toBeNull();
  });

  it('every year of each series, oldest first, each year from its own report', () => {
    const table = buildYearTable(flattenFacts([y2020, y2021, y2022]), NO_FILTERS, specs, 'it')!;
    expect(table.years).toEqual([2020, 2021, 2022]);
    expect(table.rows.map((r) => r.label)).toEqual(['Imprese associate', 'Dipendenti delle imprese associate']);
    expect(table.rows[0]!.points).toEqual([2020, 2021, 2022].map((year, i) => ({ year, value: firms([y2020, y2021, y2022][i]!, year) })));
  });

  it.each([
    [2021, [2020, 2021]],
    [2020, null],
  ])('under the year filter %s, the years up to it', (year, years) => {
    const table = buildYearTable(flattenFacts([y2020, y2021, y2022]), { ...NO_FILTERS, year }, specs, 'it');
    expect(table?.years ?? null).toEqual(years);
  });

  it('honours the other filters (another organisation: nothing)', () => {
    expect(buildYearTable(flattenFacts([y2020, y2021]), { ...NO_FILTERS, organization: 'cciaa-mi-mb-lo' }, specs, 'it')).toBeNull();
  });
});
