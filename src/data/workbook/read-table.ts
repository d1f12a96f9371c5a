import { cellText, decodeCell, isEmptyCell, type Table } from './cells';
import { EXTRA_COLUMN, mergeInto, setPath, type Column } from './columns';
import type { Problem } from './problems';
import type { SheetDef } from './sheets';
import { sheetColumns } from './to-sheets';

export type Row = Record<string, unknown>;

/** A row read back into its object, with its number as the spreadsheet shows it. */
export interface ReadRow {
  row: number;
  obj: Row;
}

const normal = (s: string) => s.trim().toLowerCase();

/** Columns whose emptiness means "a label is missing" (the wording the analyst understands best). */
function isLabel(c: Column): boolean {
  return /(^|\.)(label|name|title)\.(it|en)$|^(it|en)$/.test(c.path);
}

/**
 * One sheet's rows as objects. Every cell that cannot be read is a problem naming its row and
 * column; the row is still returned without that field, so later checks see the rest.
 */
export function readTable(def: SheetDef, table: Table, problems: Problem[]): ReadRow[] {
  const columns = sheetColumns(def);
  const header = (table.rows[0] ?? []).map((h) => cellText(h));
  const at = (row: number, column: Column | string, kind: Problem['kind'], params?: Problem['params']): void => {
    problems.push({ kind, sheet: def.name, row, column: typeof column === 'string' ? column : column.header, params });
  };
  const byIndex = header.map((h) => columns.find((c) => normal(c.header) === normal(h)));
  header.forEach((h, i) => {
    if (h && !byIndex[i]) at(1, h, 'unknown_column', { value: h });
  });
  for (const c of columns) if (c.required && !byIndex.includes(c)) at(1, c, 'missing_column');

  const out: ReadRow[] = [];
  table.rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every(isEmptyCell)) return;
    const obj: Row = {};
    let extra: Row | undefined;
    byIndex.forEach((c, index) => {
      if (!c) return;
      const cell = cells[index];
      if (isEmptyCell(cell)) {
        if (c.required) at(row, c, isLabel(c) ? 'missing_label' : 'missing_value');
        else if (c.whenEmpty) setPath(obj, c.path, c.whenEmpty());
        return;
      }
      const decoded = decodeCell(cell, c);
      if (!decoded.ok) {
        at(row, c, decoded.kind, { value: decoded.value, expected: decoded.expected ?? '', allowed: allowedList(c) });
        return;
      }
      if (c === EXTRA_COLUMN) extra = decoded.value as Row;
      else setPath(obj, c.path, decoded.value);
    });
    if (extra) mergeInto(obj, extra);
    out.push({ row, obj });
  });
  return out;
}

function allowedList(c: Column): string {
  const vocab = c.vocab ?? [];
  return vocab.length > 12 ? `${vocab.slice(0, 12).join(', ')}…` : vocab.join(', ');
}
