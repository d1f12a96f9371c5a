import type { TableModel } from '../components/ui/table-model';
import type { Locale } from './locale';

/**
 * CSV for spreadsheets: UTF-8 with BOM, a header row, numbers exact and ungrouped.
 * Italian: `;` between fields and `,` for decimals (what Excel expects in Italy); English: `,` and `.`.
 * Hand-written (RFC 4180 quoting is a dozen lines): a library would cost more bytes than it saves.
 */
export const BOM = '\uFEFF';

export function csvSeparator(locale: Locale): string {
  return locale === 'it' ? ';' : ',';
}

export function formatCsvNumber(value: number, locale: Locale): string {
  // Plain digits: no grouping, full precision, the locale's decimal mark.
  const text = Number.isInteger(value) ? value.toFixed(0) : String(value);
  return locale === 'it' ? text.replace('.', ',') : text;
}

export function quoteCsv(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function buildCsv(table: TableModel, locale: Locale, comments: readonly string[] = []): string {
  const sep = csvSeparator(locale);
  const line = (cells: string[]) => cells.map((c) => quoteCsv(c, sep)).join(sep);
  const header = line(table.columns.map((c) => c.label));
  const rows = table.rows.map((row) =>
    line(
      table.columns.map((c) => {
        const v = row[c.key];
        if (v === null || v === undefined) return '';
        return typeof v === 'number' ? formatCsvNumber(v, locale) : v;
      }),
    ),
  );
  const notes = comments.map((c) => line([`# ${c}`]));
  return BOM + [...notes, header, ...rows].join('\r\n') + '\r\n';
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
