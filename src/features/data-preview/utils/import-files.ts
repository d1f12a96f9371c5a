import type { Dataset } from '../../../data/schema';
import { readWorkbookFiles } from '../../../data/workbook/read-files';
import { validateTables, type WorkbookResult } from '../../../data/workbook/validate';

/**
 * The same reading and checks as `npm run data:import`, in the browser. This module and exceljs
 * are loaded only when a file is dropped on the Dati page.
 */
export async function importFiles(files: readonly File[], others: readonly Dataset[]): Promise<WorkbookResult> {
  const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const read = await readWorkbookFiles(inputs, () => import('exceljs').then((m) => m.default));
  return read.ok ? validateTables(read.tables, others) : read;
}
