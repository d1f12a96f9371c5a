import type { TableModel } from '../../../components/ui/table-model';
import type { GroupYears } from './year-on-year';

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
