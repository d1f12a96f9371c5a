// @vitest-environment node
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../../tests/fixtures/invent-year';
import { validateTables } from '../validate';
import { xlsxToTables } from '../xlsx';
import { bundled, bundledById } from './helpers';

describe('the invented Assolombarda 2021 workbook (tests/fixtures, never shipped)', () => {
  it('is what inventYear makes, and passes every check against the bundled data', async () => {
    const bytes = readFileSync(resolve(__dirname, '../../../../tests/fixtures/assolombarda-2021.invented.xlsx'));
    const result = validateTables(await xlsxToTables(ExcelJS, new Uint8Array(bytes)), bundled);
    expect(result).toEqual({ ok: true, dataset: inventYear(bundledById('assolombarda-2020'), 2021) });
  });

  it('says it is invented', () => {
    const d = inventYear(bundledById('assolombarda-2020'), 2021);
    expect(d.source.title).toContain('INVENTATO');
    expect(d.source.description.en).toContain('INVENTED');
  });
});
