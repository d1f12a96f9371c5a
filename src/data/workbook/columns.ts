/**
 * A workbook column: its Italian header, the field it holds (a dotted path inside the row's
 * object), how its cells are read and written, and the note the "Note" sheet shows for it.
 * A new optional schema field is one more `col(...)` line in its sheet's table (sheets.ts).
 */
export type ColumnType =
  | 'text' // a string
  | 'int' // a whole number
  | 'number' // any number (decimal comma accepted)
  | 'vocab' // one value of a closed list (a drop-down in the workbook)
  | 'list' // several strings, separated by ";"
  | 'int-list' // several whole numbers, separated by ";"
  | 'vocab-list' // several values of a closed list, separated by ";"
  | 'dims' // dimension=value pairs, separated by ";"
  | 'date' // YYYY-MM-DD
  | 'json'; // anything else the table has no column for, as JSON

export interface Column {
  header: string;
  path: string;
  type: ColumnType;
  required: boolean;
  vocab?: readonly string[];
  /** What the column holds and how to fill it, in Italian (the Notes sheet). */
  note: string;
  /** The field's value when the cell is empty (a list that may be empty); absent: no field. */
  whenEmpty?: () => unknown;
}

/** An optional column (vocab: the closed list of its values, a drop-down in the workbook). */
export function col(header: string, path: string, type: ColumnType, note: string, vocab?: readonly string[]): Column {
  return { header, path, type, note, required: false, vocab };
}

/** A required column. */
export function req(header: string, path: string, type: ColumnType, note: string, vocab?: readonly string[]): Column {
  return { ...col(header, path, type, note, vocab), required: true };
}

/** A list column whose empty cell is an empty list (the schema always has the field). */
export function many(header: string, path: string, type: 'list' | 'vocab-list', note: string, vocab?: readonly string[]): Column {
  return { ...col(header, path, type, note, vocab), whenEmpty: () => [] };
}

/** The two columns of a bilingual text (path.it, path.en). */
export function i18n(header: string, path: string, note: string, required = true): Column[] {
  return [
    { ...col(`${header} (it)`, `${path}.it`, 'text', `${note} In italiano.`), required },
    { ...col(`${header} (en)`, `${path}.en`, 'text', `${note} In inglese.`), required },
  ];
}

/** Where a row's unmapped fields go, so a field this table does not know yet still survives a round trip. */
export const EXTRA_COLUMN = col(
  'Altro (JSON)',
  '',
  'json',
  'Campi per cui il foglio non ha una colonna, in formato JSON. Di solito vuota: lasciarla com’è.',
);

/** The value at a dotted path ("label.it") of an object, or undefined. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Sets a dotted path, creating the objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  keys.slice(0, -1).forEach((key) => {
    if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  });
  cur[keys[keys.length - 1]!] = value;
}

/** A copy of `obj` without the given paths (and without objects left empty by their removal). */
export function omitPaths(obj: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(obj);
  for (const path of paths) {
    const keys = path.split('.');
    const parents: Record<string, unknown>[] = [];
    let cur: unknown = copy;
    for (const key of keys.slice(0, -1)) {
      if (cur === null || typeof cur !== 'object') break;
      parents.push(cur as Record<string, unknown>);
      cur = (cur as Record<string, unknown>)[key];
    }
    if (cur === null || typeof cur !== 'object') continue;
    delete (cur as Record<string, unknown>)[keys[keys.length - 1]!];
    // Drop the objects this removal emptied, innermost first.
    for (let i = parents.length - 1; i >= 0; i--) {
      const child = parents[i]![keys[i]!];
      if (child && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0) delete parents[i]![keys[i]!];
    }
  }
  return copy;
}

/** Deep-merges `extra` into `target` (extra's leaves win). */
export function mergeInto(target: Record<string, unknown>, extra: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(extra)) {
    const cur = target[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && cur && typeof cur === 'object' && !Array.isArray(cur)) {
      mergeInto(cur as Record<string, unknown>, value as Record<string, unknown>);
    } else target[key] = value;
  }
}
