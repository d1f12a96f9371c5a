import { formatNumber, formatValue } from '../../lib/format';
import { useLocale } from '../../lib/i18n';
import type { TableCell, TableColumn, TableModel } from './table-model';

export function formatCell(value: TableCell, column: TableColumn, locale: 'it' | 'en'): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (!column.unit || column.unit === 'number') return formatNumber(value, locale);
  return formatValue(value, column.unit, locale);
}

/** A plain, accessible table of a chart's data. */
export function DataTable({ table, caption }: { table: TableModel; caption: string }) {
  const locale = useLocale();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c.key} scope="col" className={i > 0 && c.unit ? 'num' : undefined}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">{formatCell(row[c.key] ?? null, c, locale)}</th>
                ) : (
                  <td key={c.key} className={c.unit ? 'num' : undefined}>{formatCell(row[c.key] ?? null, c, locale)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
