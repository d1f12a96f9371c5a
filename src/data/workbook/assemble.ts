import type { Table } from './cells';
import type { Problem } from './problems';
import { readTable, type ReadRow, type Row } from './read-table';
import * as S from './sheets';
import type { SheetDef } from './sheets';

/** Where an object of the dataset came from: its sheet and row. */
export interface Location {
  sheet: SheetDef;
  row: number;
}

export interface Assembled {
  /** The dataset as read, not yet validated. */
  draft: Row;
  /** JSON path of each object ("facts.3", "lists.0.items.2", "organizations.cciaa", "") → its row. */
  locations: Map<string, Location>;
}

const REQUIRED_SHEETS = [S.SOURCE, S.ORGANIZATIONS, S.FACTS];

/** Reads every sheet and puts the rows back together into one dataset object. */
export function assemble(tables: readonly Table[], problems: Problem[]): Assembled {
  const locations = new Map<string, Location>();
  const read = (def: SheetDef): ReadRow[] => {
    const table = tables.find((t) => t.name.trim().toLowerCase() === def.name.toLowerCase());
    if (!table) {
      if (REQUIRED_SHEETS.includes(def)) problems.push({ kind: 'missing_sheet', sheet: def.name });
      return [];
    }
    return readTable(def, table, problems);
  };
  const place = (def: SheetDef, path: string, r: ReadRow) => locations.set(path, { sheet: def, row: r.row });

  const [source, ...extraSources] = read(S.SOURCE);
  for (const r of extraSources) problems.push({ kind: 'invalid', sheet: S.SOURCE.name, row: r.row, params: { detail: 'una sola riga / one row only' } });
  if (source) place(S.SOURCE, '', source);
  const draft: Row = { schemaVersion: 1, ...(source?.obj ?? {}) };

  draft.organizations = keyed(read(S.ORGANIZATIONS), (r) => {
    const { key, ...name } = r.obj;
    place(S.ORGANIZATIONS, `organizations.${String(key)}`, r);
    return [String(key), name];
  });
  draft.polarity = keyed(read(S.POLARITY), (r) => {
    place(S.POLARITY, `polarity.${String(r.obj.metric)}`, r);
    return [String(r.obj.metric), r.obj.polarity];
  });
  const dims: Record<string, Row> = {};
  for (const r of read(S.DIMENSIONS)) {
    const { dimension, value, ...label } = r.obj;
    (dims[String(dimension)] ??= {})[String(value)] = label;
    place(S.DIMENSIONS, `dimensions.${String(dimension)}.${String(value)}`, r);
  }
  draft.dimensions = dims;
  draft.facts = list(read(S.FACTS), 'facts', S.FACTS, place);
  draft.indicators = list(read(S.INDICATORS), 'indicators', S.INDICATORS, place);
  draft.translations = {
    en: keyed(read(S.TRANSLATIONS), (r) => {
      place(S.TRANSLATIONS, `translations.en.${String(r.obj.it)}`, r);
      return [String(r.obj.it), r.obj.en];
    }),
  };
  draft.strategicAreas = withChildren(read(S.STRATEGIC_AREAS), read(S.OBJECTIVES), { key: 'code', parentField: 'area', children: 'objectives', path: 'strategicAreas', parent: S.STRATEGIC_AREAS, child: S.OBJECTIVES }, place, problems);
  draft.lists = withChildren(read(S.LISTS), read(S.LIST_ITEMS), { key: 'id', parentField: 'list', children: 'items', path: 'lists', parent: S.LISTS, child: S.LIST_ITEMS }, place, problems);
  draft.records = withChildren(read(S.RECORDS), read(S.RECORD_FIELDS), { key: 'id', parentField: 'record', children: 'fields', path: 'records', parent: S.RECORDS, child: S.RECORD_FIELDS }, place, problems);
  draft.excerpts = list(read(S.EXCERPTS), 'excerpts', S.EXCERPTS, place);
  return { draft, locations };
}

type Place = (def: SheetDef, path: string, r: ReadRow) => void;

function keyed(rows: ReadRow[], entry: (r: ReadRow) => [string, unknown]): Row {
  return Object.fromEntries(rows.map(entry));
}

function list(rows: ReadRow[], path: string, def: SheetDef, place: Place): Row[] {
  return rows.map((r, i) => {
    place(def, `${path}.${i}`, r);
    return r.obj;
  });
}

interface Nesting {
  key: string;
  parentField: string;
  children: string;
  path: string;
  parent: SheetDef;
  child: SheetDef;
}

/** Parent rows with their child rows (items of a list, fields of a record) nested in sheet order. */
function withChildren(parents: ReadRow[], children: ReadRow[], n: Nesting, place: Place, problems: Problem[]): Row[] {
  const out = parents.map((r, i) => {
    place(n.parent, `${n.path}.${i}`, r);
    return { ...r.obj, [n.children]: [] as Row[] };
  });
  for (const r of children) {
    const { [n.parentField]: ref, ...obj } = r.obj;
    const index = out.findIndex((p) => p[n.key] === ref);
    const column = n.child.columns.find((c) => c.path === n.parentField)!.header;
    if (index < 0) {
      if (ref !== undefined) problems.push({ kind: 'unresolved_reference', sheet: n.child.name, row: r.row, column, params: { value: String(ref), target: n.parent.name } });
      continue;
    }
    const siblings = out[index]![n.children] as Row[];
    place(n.child, `${n.path}.${index}.${n.children}.${siblings.length}`, r);
    siblings.push(obj);
  }
  return out;
}
