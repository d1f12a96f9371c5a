import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetSchema, manifestSchema, type Dataset } from '../../schema';
import type { Cell, Table } from '../cells';
import { datasetToTables } from '../to-sheets';

export const dataDir = resolve(__dirname, '../../../../public/data');
const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(dataDir, file), 'utf8'));

export const manifest = manifestSchema.parse(readJson('manifest.json'));
export const bundled: Dataset[] = manifest.datasets.map((d) => datasetSchema.parse(readJson(d.file)));
export const bundledById = (id: string): Dataset => bundled.find((d) => d.id === id)!;

/** A bundled dataset's sheets, with one cell changed (row: the spreadsheet's row number, header row 1). */
export function tablesWith(id: string, edits: { sheet: string; row: number; column: string; value: Cell }[] = []): Table[] {
  const tables = datasetToTables(bundledById(id));
  for (const e of edits) {
    const t = tables.find((x) => x.name === e.sheet)!;
    const col = t.rows[0]!.indexOf(e.column);
    if (col < 0) throw new Error(`no column ${e.column} in ${e.sheet}`);
    (t.rows[e.row - 1] ??= [])[col] = e.value;
  }
  return tables;
}
