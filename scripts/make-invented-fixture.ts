import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { datasetSchema } from '../src/data/schema';
import { datasetToTables } from '../src/data/workbook/to-sheets';
import { tablesToXlsx } from '../src/data/workbook/xlsx';
import { inventYear } from '../tests/fixtures/invent-year';

// Writes tests/fixtures/assolombarda-2021.invented.xlsx and -2022: INVENTED figures, for the tests only.
const base = datasetSchema.parse(JSON.parse(readFileSync('public/data/assolombarda-2020.json', 'utf8')));
const next = inventYear(base, 2021);
for (const d of [next, inventYear(next, 2022, [base, next])]) {
  const target = `tests/fixtures/${d.id}.invented.xlsx`;
  writeFileSync(target, await tablesToXlsx(ExcelJS, datasetToTables(d)));
  console.log(`Scritto ${target}`);
}
