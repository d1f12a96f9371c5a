import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../tests/fixtures/invent-year';
import { yearTableModel } from '../../components/ui/years-table';
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

  it('as a table: formatted values per year and the latest change', () => {
    const table = buildYearTable(flattenFacts([y2020, y2021]), NO_FILTERS, [{ metric: 'members.firms' }], 'it')!;
    const t = { caption: (s: string) => s, series: 'Serie', change: 'Ultimo anno sul precedente' };
    const model = yearTableModel(table, 'it', t);
    expect(model.columns.map((c) => c.label)).toEqual(['Serie', '2020', '2021', 'Ultimo anno sul precedente']);
    expect(model.rows[0]!.series).toBe('Imprese associate');
    expect(model.rows[0]!['2020']).toMatch(/^6\.796 /);
    expect(model.rows[0]!.change).toMatch(/^-1(,0)?\s?%$/);
  });
});
