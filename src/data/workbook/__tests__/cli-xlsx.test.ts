// @vitest-environment node
import ExcelJS from 'exceljs';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDataset, importWorkbook } from '../../../../scripts/data-cli';
import { datasetSchema } from '../../schema';
import { dataDir, manifest } from './helpers';

describe('npm run data:export then data:import', () => {
  it.each(manifest.datasets)('gives back the dataset of $file (deep-equal)', async ({ id, file }) => {
    const root = mkdtempSync(join(tmpdir(), 'cruscotto-xlsx-'));
    const out = join(root, 'data');
    cpSync(dataDir, out, { recursive: true });
    expect((await exportDataset(id, join(root, `${id}.xlsx`), dataDir)).code).toBe(0);
    expect((await importWorkbook([join(root, `${id}.xlsx`)], out, 'it')).code).toBe(0);
    const parse = (dir: string) => datasetSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(parse(out)).toEqual(parse(dataDir));
  });

  it('writes Italian headers, a Notes sheet and drop-downs for the closed vocabularies', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cruscotto-xlsx-'));
    await exportDataset('assolombarda-2020', join(root, 'a.xlsx'), dataDir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(root, 'a.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 7)).toEqual(['Note', 'Valori ammessi', 'Fonte', 'Organizzazioni', 'Etichette dimensioni', 'Fatti', 'Polarità']);
    // Whether a rise is good news is the analyst's to set, a row per metric, not buried in a JSON cell.
    expect(wb.getWorksheet('Polarità')!.getRow(2).values).toEqual([undefined, expect.stringMatching(/^[a-z_.]+$/), expect.stringMatching(/^(higher_better|lower_better|neutral)$/)]);
    const notes = wb.getWorksheet('Note')!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1, 3).join(' / ') : ''));
    expect(notes).toContain('Fatti / Unità');
    const facts = wb.getWorksheet('Fatti')!;
    const header = (facts.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['Id', 'Anno', 'Area', 'Territorio', 'Organizzazione']);
    for (const name of ['Area', 'Territorio', 'Unità', 'Qualificatore']) {
      const cell = facts.getCell(2, header.indexOf(name) + 1);
      expect(cell.dataValidation).toMatchObject({ type: 'list' });
    }
  });

  it('says so when the dataset does not exist', async () => {
    expect(await exportDataset('nessuno', '/tmp/x.xlsx', dataDir)).toEqual({ code: 1, lines: [`Dataset «nessuno» non trovato in ${join(dataDir, 'manifest.json')}.`] });
  });
});
