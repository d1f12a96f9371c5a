import type ExcelJSModule from 'exceljs';
import type { Cell, Table } from './cells';
import { SHEETS } from './sheets';
import { sheetColumns } from './to-sheets';

/** The exceljs module, passed in: Node imports it, the browser loads it only on the Data page. */
export type ExcelJS = typeof ExcelJSModule;

export const NOTES_SHEET = 'Note';
export const VOCAB_SHEET = 'Valori ammessi';
/** Rows below the data that still get the drop-downs, for next year's additions. */
const SPARE_ROWS = 500;

/** The tables as an .xlsx: a Notes sheet first, drop-downs on closed vocabularies, text cells kept as text. */
export async function tablesToXlsx(excel: ExcelJS, tables: readonly Table[]): Promise<Uint8Array> {
  const wb = new excel.Workbook();
  wb.creator = 'Cruscotto';
  addNotes(wb.addWorksheet(NOTES_SHEET));
  const vocabs = wb.addWorksheet(VOCAB_SHEET, { state: 'hidden' });
  const vocabRange = vocabRanges(vocabs);
  for (const table of tables) {
    const def = SHEETS.find((s) => s.name === table.name);
    const ws = wb.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRows(table.rows.map((r) => r.map((c) => c ?? null)));
    ws.getRow(1).font = { bold: true };
    const columns = def ? sheetColumns(def) : [];
    columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = Math.min(60, Math.max(12, c.header.length + 2));
      if (c.type === 'text' || c.type === 'list' || c.type === 'date') column.numFmt = '@';
      const range = c.type === 'vocab' ? vocabRange.get(c.vocab!) : undefined;
      if (range) {
        const letter = column.letter;
        (ws as unknown as { dataValidations: { add(address: string, v: object): void } }).dataValidations.add(`${letter}2:${letter}${table.rows.length + SPARE_ROWS}`, {
          type: 'list',
          allowBlank: !c.required,
          formulae: [range],
          showErrorMessage: true,
          errorTitle: c.header,
          error: 'Scegliere un valore dall’elenco.',
        });
      }
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function addNotes(ws: ExcelJSModule.Worksheet): void {
  ws.addRow(['Foglio', 'Colonna', 'Obbligatoria', 'Che cosa scrivere']).font = { bold: true };
  for (const def of SHEETS) {
    ws.addRow([def.name, '', '', def.about]).font = { italic: true };
    for (const c of sheetColumns(def)) ws.addRow([def.name, c.header, c.required ? 'sì' : 'no', c.note]);
  }
  [22, 26, 12, 100].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** One column of the hidden sheet per closed vocabulary; returns each vocabulary's cell range. */
function vocabRanges(ws: ExcelJSModule.Worksheet): Map<readonly string[], string> {
  const vocabs = [...new Set(SHEETS.flatMap((s) => s.columns.flatMap((c) => (c.type === 'vocab' && c.vocab ? [c.vocab] : []))))];
  const ranges = new Map<readonly string[], string>();
  vocabs.forEach((vocab, i) => {
    const column = ws.getColumn(i + 1);
    vocab.forEach((v, r) => (ws.getCell(r + 1, i + 1).value = v));
    ranges.set(vocab, `'${VOCAB_SHEET}'!$${column.letter}$1:$${column.letter}$${vocab.length}`);
  });
  return ranges;
}

/** Every worksheet of an .xlsx as plain rows (formulas give their result, rich text its text). */
export async function xlsxToTables(excel: ExcelJS, data: ArrayBuffer | Uint8Array): Promise<Table[]> {
  const wb = new excel.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = row.values as unknown[];
      rows[n - 1] = values.slice(1).map(plain);
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}

function plain(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if ('result' in o) return plain(o.result);
    if (o.text !== undefined) return plain(o.text);
    if (o.error) return o.error;
  }
  return String(v);
}
