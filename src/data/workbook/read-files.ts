import type { Table } from './cells';
import { csvToTable, sheetOfFileName } from './csv-tables';
import type { Problem } from './problems';
import { SHEETS } from './sheets';
import { xlsxToTables, type ExcelJS } from './xlsx';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export type ReadResult = { ok: true; tables: Table[] } | { ok: false; problems: Problem[] };

/**
 * The sheets of what the analyst gives: one .xlsx, or one CSV per sheet (each named after its
 * sheet). exceljs is asked for only when an .xlsx comes, so a CSV import never loads it.
 */
export async function readWorkbookFiles(files: readonly InputFile[], loadExcel: () => Promise<ExcelJS>): Promise<ReadResult> {
  const xlsx = files.filter((f) => /\.xlsx$/i.test(f.name));
  const csv = files.filter((f) => /\.csv$/i.test(f.name));
  const other = files.filter((f) => !xlsx.includes(f) && !csv.includes(f));
  const problems: Problem[] = other.map((f) => unreadable(`${f.name}: .xlsx o .csv`));
  if (xlsx.length > 1 || (xlsx.length && csv.length)) problems.push(unreadable('un solo .xlsx, oppure i CSV dei fogli / one .xlsx, or the sheets’ CSVs'));
  if (!files.length) problems.push(unreadable('nessun file / no file'));
  if (problems.length) return { ok: false, problems };

  if (xlsx[0]) {
    try {
      return { ok: true, tables: await xlsxToTables(await loadExcel(), xlsx[0].bytes) };
    } catch (error) {
      return { ok: false, problems: [unreadable(error instanceof Error ? error.message : String(error))] };
    }
  }
  const tables: Table[] = [];
  for (const f of csv) {
    const sheet = sheetOfFileName(f.name);
    if (!sheet) problems.push(unreadable(`${f.name}: ${SHEETS.map((s) => s.name).join(', ')}`));
    else tables.push(csvToTable(sheet, new TextDecoder('utf-8').decode(f.bytes)));
  }
  return problems.length ? { ok: false, problems } : { ok: true, tables };
}

function unreadable(detail: string): Problem {
  return { kind: 'unreadable', params: { detail } };
}
