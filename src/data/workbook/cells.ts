import type { Column } from './columns';

/** One cell as a spreadsheet gives it (CSV gives only strings). */
export type Cell = string | number | boolean | Date | null | undefined;

/** A sheet as plain rows: rows[0] is the header. The same shape for XLSX and CSV. */
export interface Table {
  name: string;
  rows: Cell[][];
}

export type Decoded = { ok: true; value: unknown } | { ok: false; kind: 'wrong_type' | 'unknown_value'; value: string; expected?: string };

const SEP = '; ';

/** A field's value as the workbook shows it (undefined → empty cell). */
export function encodeCell(value: unknown, column: Column): Cell {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'list':
    case 'int-list':
    case 'vocab-list':
      return (value as unknown[]).map(String).join(SEP);
    case 'dims':
      return Object.entries(value as Record<string, string>)
        .map(([k, v]) => `${k}=${v}`)
        .join(SEP);
    case 'json':
      return JSON.stringify(value);
    default:
      return value as Cell;
  }
}

export function isEmptyCell(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A non-empty cell read back into its field's value, or what is wrong with it. */
export function decodeCell(cell: Cell, column: Column): Decoded {
  const raw = cellText(cell);
  const wrong = (expected: string): Decoded => ({ ok: false, kind: 'wrong_type', value: raw, expected });
  switch (column.type) {
    case 'text':
      return { ok: true, value: raw };
    case 'int':
    case 'number': {
      const n = typeof cell === 'number' ? cell : parseNumber(raw);
      if (n === undefined || (column.type === 'int' && !Number.isInteger(n))) return wrong(column.type);
      return { ok: true, value: n };
    }
    case 'vocab':
      return column.vocab?.includes(raw) ? { ok: true, value: raw } : { ok: false, kind: 'unknown_value', value: raw };
    case 'list':
      return { ok: true, value: splitList(raw) };
    case 'int-list': {
      const ns = splitList(raw).map(parseNumber);
      return ns.every((n) => n !== undefined && Number.isInteger(n)) ? { ok: true, value: ns } : wrong('int');
    }
    case 'vocab-list': {
      const items = splitList(raw);
      const bad = items.find((v) => !column.vocab?.includes(v));
      return bad === undefined ? { ok: true, value: items } : { ok: false, kind: 'unknown_value', value: bad };
    }
    case 'dims': {
      const pairs = splitList(raw).map((p) => p.split('=').map((s) => s.trim()));
      if (pairs.some((p) => p.length !== 2 || !p[0] || !p[1])) return wrong('dims');
      return { ok: true, value: Object.fromEntries(pairs) };
    }
    case 'date': {
      const date = parseDate(cell, raw);
      return date ? { ok: true, value: date } : wrong('date');
    }
    case 'json': {
      try {
        const value: unknown = JSON.parse(raw);
        return value && typeof value === 'object' && !Array.isArray(value) ? { ok: true, value } : wrong('json');
      } catch {
        return wrong('json');
      }
    }
  }
}

export function cellText(cell: Cell): string {
  if (cell instanceof Date) return isoDay(cell);
  return String(cell ?? '').trim();
}

function splitList(raw: string): string[] {
  return raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "1234,5", "1.234,5", "1234.5", "1.234" (Italian grouping) → number; anything else → undefined. */
export function parseNumber(raw: string): number | undefined {
  let s = raw.replace(/[\s\u00a0]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) ? Number(s) : undefined;
}

function parseDate(cell: Cell, raw: string): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : isoDay(cell);
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  const it = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw); // 28/04/2021, as Excel shows an Italian date
  return it ? `${it[3]}-${it[2]!.padStart(2, '0')}-${it[1]!.padStart(2, '0')}` : undefined;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
