import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../../../tests/fixtures/invent-year';
import { flattenFacts, NO_FILTERS } from '../../../../data/facts';
import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import type { Dataset } from '../../../../data/schema';
import { mergeDimensions } from '../select-members';
import { yearColumns as totalChartData, yearRowOf as totalRow } from '../../../../data/years';
import { yearsTable as totalsYearsTable } from '../../../../components/ui/years-table';
import { buildGroupYears, buildTotalsYears, totalsWithYears, type TotalMetric } from '../year-on-year';
import { groupChartData, groupYearsTable } from '../year-views';
import { compareParam, parseCompare, parseSeries as parseSlug, seriesParam as slugParam } from '../../../../lib/year-choices';
import { TOTAL_SLUGS } from '../year-params';

const parseSeries = (raw: string | undefined, available: readonly TotalMetric[]) => parseSlug(raw, available, TOTAL_SLUGS).value;
const seriesParam = (metric: TotalMetric, available: readonly TotalMetric[]) => slugParam(metric, available, TOTAL_SLUGS);

// INVENTED later years (tests/fixtures): the real 2020 report, then 2021 and 2022 made from it.
const y2020 = loadDataset('assolombarda-2020.json');
const y2021 = inventYear(y2020, 2021);
const y2022 = inventYear(y2021, 2022, [y2020, y2021]);
const three = flattenFacts([y2020, y2021, y2022]);
const dims = mergeDimensions([y2020]);
/** A figure as the report of its year states it, read from the dataset itself. */
const stated = (d: Dataset, metric: string, dimensions?: Record<string, string>) =>
  d.facts.find((f) => f.metric === metric && f.year === d.source.year && JSON.stringify(f.dimensions) === JSON.stringify(dimensions))!.value;

describe('the totals over the years', () => {
  it('one year of data (the bundled report): no year-on-year view', () => {
    expect(buildTotalsYears(flattenFacts([y2020]), NO_FILTERS, 'it')).toBeNull();
  });

  it('each total in 2020, 2021 and 2022, each year from its own report', () => {
    const table = buildTotalsYears(three, NO_FILTERS, 'it')!;
    expect(table.years).toEqual([2020, 2021, 2022]);
    expect(totalsWithYears(table)).toEqual(['members.firms', 'members.employees', 'members.new.firms', 'members.cancelled.firms']);
    const firms = totalRow(table, 'members.firms')!;
    // 6,796 member firms in 2020 (report, section 1); the invented years as their workbooks state them.
    expect(totalChartData(firms)).toEqual([
      { key: '2020', value: 6796 },
      { key: '2021', value: stated(y2021, 'members.firms') },
      { key: '2022', value: stated(y2022, 'members.firms') },
    ]);
    expect(totalRow(table, 'members.employees')!.points[0]).toEqual({ year: 2020, value: 414440 });
  });

  it('as a table: a row per total, a column per year, the latest change in percent', () => {
    const table = totalsYearsTable(buildTotalsYears(three, NO_FILTERS, 'it')!, { series: 'Serie', change: 'Ultimo anno sul precedente' });
    expect(table.columns.map((c) => c.label)).toEqual(['Serie', '2020', '2021', '2022', 'Ultimo anno sul precedente']);
    const [a, b] = [stated(y2021, 'members.firms'), stated(y2022, 'members.firms')];
    expect(table.rows[0]).toEqual({ series: 'Imprese associate', 2020: 6796, 2021: a, 2022: b, change: ((b - a) / a) * 100 });
  });

  it('under the year filter 2021: the years up to it', () => {
    expect(buildTotalsYears(three, { ...NO_FILTERS, year: 2021 }, 'it')!.years).toEqual([2020, 2021]);
  });
});

describe('the groups compared across years', () => {
  it('one year of data: null', () => {
    expect(buildGroupYears(flattenFacts([y2020]), NO_FILTERS, dims, 'it', 'Fuori', 'firms')).toBeNull();
  });

  it('a group’s firms in each year, the groups ranked as the latest year ranks them, the computed row last', () => {
    const model = buildGroupYears(three, NO_FILTERS, dims, 'it', 'Fuori', 'firms')!;
    expect(model.years).toEqual([2020, 2021, 2022]);
    const latest = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].sort((p, q) => stated(y2022, 'members.firms', { group: q }) - stated(y2022, 'members.firms', { group: p }) || p.localeCompare(q));
    expect(model.rows.map((r) => r.key)).toEqual([...latest, 'fuori']);
    // Group A (Meccatronici): 1,737 firms in 2020 (report's table of groups).
    const a = model.rows.find((r) => r.key === 'A')!;
    expect(a.values).toEqual({ 2020: 1737, 2021: stated(y2021, 'members.firms', { group: 'A' }), 2022: stated(y2022, 'members.firms', { group: 'A' }) });
    // Outside any group, computed: the member total less the table's total row (6,796 − 6,131 in 2020).
    const outside = model.rows.at(-1)!;
    expect(outside.derived).toBe(true);
    expect(outside.values[2020]).toBe(6796 - 6131);
    expect(outside.values[2022]).toBe(stated(y2022, 'members.firms') - stated(y2022, 'members.firms', { group: 'total' }));
  });

  it('chart data and table carry the same values per year', () => {
    const model = buildGroupYears(three, NO_FILTERS, dims, 'it', 'Fuori', 'employees')!;
    const a = groupChartData(model).find((r) => r.key === 'A')!;
    expect(a['2020']).toBe(stated(y2020, 'members.employees', { group: 'A' }));
    const table = groupYearsTable(model, 'Gruppo');
    expect(table.columns.map((c) => c.key)).toEqual(['group', '2020', '2021', '2022']);
    expect(table.rows.find((r) => r.group === 'A - Meccatronici')).toMatchObject({ 2021: stated(y2021, 'members.employees', { group: 'A' }) });
  });

  it('per firm: employees over firms of each year', () => {
    const model = buildGroupYears(three, NO_FILTERS, dims, 'it', 'Fuori', 'perFirm')!;
    const b = model.rows.find((r) => r.key === 'B')!;
    expect(b.values[2022]).toBeCloseTo(stated(y2022, 'members.employees', { group: 'B' }) / stated(y2022, 'members.firms', { group: 'B' }), 10);
  });

  it('another organisation’s filter: nothing to compare', () => {
    expect(buildGroupYears(three, { ...NO_FILTERS, organization: 'cciaa-mi-mb-lo' }, dims, 'it', 'Fuori', 'firms')).toBeNull();
  });
});

describe('URL choices of the year-on-year views', () => {
  it.each([
    ['anni', 'years'],
    ['ANNI', 'years'],
    [undefined, 'year'],
    ['tutto', 'year'],
  ] as const)('confronto=%s → %s', (raw, mode) => {
    expect(parseCompare(raw)).toBe(mode);
    expect(compareParam(mode)).toBe(mode === 'years' ? 'anni' : null);
  });

  const available = ['members.firms', 'members.employees'] as const;
  it.each([
    ['dipendenti', 'members.employees'],
    [undefined, 'members.firms'],
    ['cancellate', 'members.firms'], // not among those with several years
  ] as const)('serie=%s → %s', (raw, metric) => {
    expect(parseSeries(raw, available)).toBe(metric);
  });

  it('the first series is the default and stays out of the URL', () => {
    expect(seriesParam('members.firms', available)).toBeNull();
    expect(seriesParam('members.employees', available)).toBe('dipendenti');
  });
});
