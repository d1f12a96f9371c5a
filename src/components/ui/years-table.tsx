import type { YearTable } from '../../data/years';
import { formatSignedPercent, formatValue } from '../../lib/format';
import { defineMessages, useLocale, useMessages } from '../../lib/i18n';
import type { Locale } from '../../lib/locale';
import { DataTable } from './data-table';
import type { TableModel } from './table-model';

const messages = defineMessages({
  it: { caption: (what: string) => `${what}, anno per anno`, series: 'Serie', change: 'Ultimo anno sul precedente' },
  en: { caption: (what: string) => `${what}, year by year`, series: 'Series', change: 'Latest year on the one before' },
});

/** The table a YearTable shows: a row per series, a column per year, and the latest change. */
export function yearTableModel(table: YearTable, locale: Locale, t: (typeof messages)['it']): TableModel {
  return {
    columns: [{ key: 'series', label: t.series }, ...table.years.map((y) => ({ key: String(y), label: String(y) })), { key: 'change', label: t.change }],
    rows: table.rows.map((r) => {
      const [before, last] = r.points.slice(-2);
      const change = before && last && before.value !== 0 ? formatSignedPercent(((last.value - before.value) / Math.abs(before.value)) * 100, locale) : '—';
      const cells = Object.fromEntries(table.years.map((y) => {
        const p = r.points.find((q) => q.year === y);
        return [String(y), p ? formatValue(p.value, r.unit, locale) : null];
      }));
      return { series: r.label, ...cells, change };
    }),
  };
}

/** The year-on-year view of a panel's series, once the data has more than one year of them. */
export function YearsTable({ table, subject }: { table: YearTable; subject: string }) {
  const t = useMessages(messages);
  const locale = useLocale();
  return <DataTable table={yearTableModel(table, locale, t)} caption={t.caption(subject)} />;
}
