import type { TableModel } from '../../../components/ui/table-model';
import type { YearRow, YearTable } from '../../../data/years';
import type { GroupYears } from './year-on-year';

/** Percent change from the year before the last to the last; null without two years or from zero. */
export function lastChange(row: YearRow): number | null {
  const [before, last] = row.points.slice(-2);
  return before && last && before.value !== 0 ? ((last.value - before.value) / Math.abs(before.value)) * 100 : null;
}

/** Every total in every year, with the latest change: the chart's table and CSV (raw numbers, formatted on display). */
export function totalsYearsTable(table: YearTable, words: { series: string; change: string }): TableModel {
  return {
    columns: [{ key: 'series', label: words.series }, ...table.years.map((y) => ({ key: String(y), label: String(y), unit: 'number' as const })), { key: 'change', label: words.change, unit: 'percent' }],
    rows: table.rows.map((r) => ({
      series: r.label,
      ...Object.fromEntries(table.years.map((y) => [String(y), r.points.find((p) => p.year === y)?.value ?? null])),
      change: lastChange(r),
    })),
  };
}

/** One total across the years, as the chart draws it: a column per year. */
export function totalChartData(row: YearRow): { key: string; value: number }[] {
  return row.points.map((p) => ({ key: String(p.year), value: p.value }));
}

/** The groups' values per year, as the chart draws them: a row per group, a field per year. */
export function groupChartData(model: GroupYears): Record<string, string | number | null>[] {
  return model.rows.map((r) => ({ key: r.key, ...Object.fromEntries(model.years.map((y) => [String(y), r.values[y] ?? null])) }));
}

/** The groups' values per year as a table, in the chart's order. */
export function groupYearsTable(model: GroupYears, group: string): TableModel {
  return {
    columns: [{ key: 'group', label: group }, ...model.years.map((y) => ({ key: String(y), label: String(y), unit: 'number' as const }))],
    rows: model.rows.map((r) => ({ group: r.label, ...Object.fromEntries(model.years.map((y) => [String(y), r.values[y] ?? null])) })),
  };
}
