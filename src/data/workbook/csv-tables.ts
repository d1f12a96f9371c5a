import { BOM, formatCsvNumber, quoteCsv } from '../../lib/csv';
import type { Cell, Table } from './cells';
import { SHEETS } from './sheets';

/**
 * CSV as Italian Excel writes it: UTF-8 with BOM, ";" between fields, decimal comma. A CSV holds
 * one sheet, so a workbook is one file per sheet, named after it ("assolombarda-2021 - Fatti.csv").
 */
export function tableToCsv(table: Table): string {
  const line = (cells: readonly Cell[]) =>
    cells.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? formatCsvNumber(c, 'it') : quoteCsv(String(c), ';'))).join(';');
  return BOM + table.rows.map(line).join('\r\n') + '\r\n';
}

export function csvFileName(datasetId: string, sheet: string): string {
  return `${datasetId} - ${sheet}.csv`;
}

const squash = (s: string) => s.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase();

/** The sheet a CSV file is for, from its name: the longest sheet name its name ends with. */
export function sheetOfFileName(fileName: string): string | undefined {
  const base = squash(fileName.replace(/\.csv$/i, ''));
  return SHEETS.filter((s) => base.endsWith(squash(s.name))).sort((a, b) => b.name.length - a.name.length)[0]?.name;
}

/** Parses one CSV (";" or "," between fields, quoted fields, CRLF or LF) into a table of strings. */
export function csvToTable(name: string, text: string): Table {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (src[i + 1] === '"') field += src[++i];
      else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length) endRow();
  return { name, rows };
}
