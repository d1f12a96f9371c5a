import type { TableModel } from '../components/ui/table-model';
import { formatPlainNumber } from './format';
import type { Locale } from './locale';

/**
 * CSV for spreadsheets: UTF-8 with BOM, the header on the first line (Excel's filters and pivot tables
 * read it there), numbers ungrouped and rounded as the data table shows them, empty cells where a value
 * is missing, and the metadata (title, source, filters, date) in trailing lines after a blank line.
 * Italian: `;` between fields and `,` for decimals (what Excel expects in Italy); English: `,` and `.`.
 * Hand-written (RFC 4180 quoting is a dozen lines): a library would cost more bytes than it saves.
 */
export const BOM = '\uFEFF';

export function csvSeparator(locale: Locale): string {
  return locale === 'it' ? ';' : ',';
}

/** Digits as the data table shows them (at most two decimals), without grouping: what a spreadsheet reads as a number. */
export function formatCsvNumber(value: number, locale: Locale): string {
  return formatPlainNumber(value, locale, 2);
}

export function quoteCsv(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function buildCsv(table: TableModel, locale: Locale, metadata: readonly string[] = []): string {
  const sep = csvSeparator(locale);
  const line = (cells: string[]) => cells.map((c) => quoteCsv(c, sep)).join(sep);
  const header = line(table.columns.map((c) => c.label));
  const rows = table.rows.map((row) =>
    line(
      table.columns.map((c) => {
        const v = row[c.key];
        if (typeof v === 'number') return formatCsvNumber(v, locale);
        // A number column's text ("n.d.": not given by the source) is a missing value: an empty cell.
        if (v === null || v === undefined || c.unit) return '';
        return v;
      }),
    ),
  );
  const trailer = metadata.length ? ['', ...metadata.map((m) => line([m]))] : [];
  return BOM + [header, ...rows, ...trailer].join('\r\n') + '\r\n';
}

/** "Cruscotto — Imprese per gruppo (anno 2020)" → "cruscotto_imprese-per-gruppo_anno-2020" */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function exportFileName(title: string, filterParts: readonly string[], extension: 'csv' | 'png'): string {
  return ['cruscotto', slugify(title), ...filterParts.map(slugify)].filter(Boolean).join('_') + `.${extension}`;
}
