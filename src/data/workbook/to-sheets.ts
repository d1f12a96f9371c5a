import type { Dataset } from '../schema';
import { encodeCell, type Table } from './cells';
import { EXTRA_COLUMN, getPath, omitPaths, type Column } from './columns';
import * as S from './sheets';
import type { SheetDef } from './sheets';

type Row = Record<string, unknown>;

/** The objects each sheet shows, one per row (child sheets carry their parent's key). */
export function sheetRows(d: Dataset): Map<SheetDef, Row[]> {
  const asRows = (xs: readonly object[]) => xs as Row[];
  return new Map<SheetDef, Row[]>([
    [S.SOURCE, [d as unknown as Row]],
    [S.ORGANIZATIONS, Object.entries(d.organizations).map(([key, name]) => ({ key, ...name }))],
    [S.DIMENSIONS, Object.entries(d.dimensions).flatMap(([dimension, values]) => Object.entries(values).map(([value, label]) => ({ dimension, value, ...label })))],
    [S.FACTS, asRows(d.facts)],
    [S.POLARITY, Object.entries(d.polarity).map(([metric, polarity]) => ({ metric, polarity }))],
    [S.INDICATORS, asRows(d.indicators)],
    [S.TRANSLATIONS, Object.entries(d.translations.en).map(([it, en]) => ({ it, en }))],
    [S.STRATEGIC_AREAS, asRows(d.strategicAreas)],
    [S.OBJECTIVES, d.strategicAreas.flatMap((a) => a.objectives.map((o) => ({ area: a.code, ...o })))],
    [S.LISTS, asRows(d.lists)],
    [S.LIST_ITEMS, d.lists.flatMap((l) => l.items.map((item) => ({ list: l.id, ...item })))],
    [S.RECORDS, asRows(d.records)],
    [S.RECORD_FIELDS, d.records.flatMap((r) => r.fields.map((f) => ({ record: r.id, ...f })))],
    [S.EXCERPTS, asRows(d.excerpts)],
  ]);
}

/** The columns a sheet is written with: its table's, and "Altro (JSON)" last. */
export function sheetColumns(def: SheetDef): Column[] {
  return [...def.columns, EXTRA_COLUMN];
}

/** What a row's columns do not hold (fields added to the schema after its table was written). */
export function extraFields(def: SheetDef, row: Row): Row | undefined {
  const rest = omitPaths(row, [...def.columns.map((c) => c.path), ...(def.omit ?? [])]);
  return Object.keys(rest).length ? rest : undefined;
}

/** The dataset as plain tables, one per sheet, header first. */
export function datasetToTables(d: Dataset): Table[] {
  return [...sheetRows(d)].map(([def, rows]) => {
    const columns = sheetColumns(def);
    return {
      name: def.name,
      rows: [
        columns.map((c) => c.header),
        ...rows.map((row) => columns.map((c) => encodeCell(c === EXTRA_COLUMN ? extraFields(def, row) : getPath(row, c.path), c))),
      ],
    };
  });
}
