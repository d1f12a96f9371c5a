import { lastChange, type YearTable } from '../../data/years';
import type { TableModel } from './table-model';

/** Every series in every year with the latest change (percent): a year chart's table and CSV, raw numbers. */
export function yearsTable(table: YearTable, words: { series: string; change: string }): TableModel {
  return {
    columns: [{ key: 'series', label: words.series }, ...table.years.map((y) => ({ key: String(y), label: String(y), unit: 'number' as const })), { key: 'change', label: words.change, unit: 'percent' }],
    rows: table.rows.map((r) => ({
      series: r.label,
      ...Object.fromEntries(table.years.map((y) => [String(y), r.points.find((p) => p.year === y)?.value ?? null])),
      change: lastChange(r),
    })),
  };
}
