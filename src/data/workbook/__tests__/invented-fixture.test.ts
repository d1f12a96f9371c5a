// @vitest-environment node
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../../tests/fixtures/invent-year';
import { validateTables } from '../validate';
import { xlsxToTables } from '../xlsx';
import { bundled, bundledById } from './helpers';

const read = async (id: string) => xlsxToTables(ExcelJS, new Uint8Array(readFileSync(resolve(__dirname, `../../../../tests/fixtures/${id}.invented.xlsx`))));

describe('the invented Assolombarda 2021 and 2022 workbooks (tests/fixtures, never shipped)', () => {
  it('are what inventYear makes, and pass every check against the bundled data and each other', async () => {
    const base = bundledById('assolombarda-2020');
    const y2021 = inventYear(base, 2021);
    expect(validateTables(await read('assolombarda-2021'), bundled)).toEqual({ ok: true, dataset: y2021 });
    expect(validateTables(await read('assolombarda-2022'), [...bundled, y2021])).toEqual({ ok: true, dataset: inventYear(y2021, 2022, [base, y2021]) });
  });

  it('says it is invented', () => {
    const d = inventYear(bundledById('assolombarda-2020'), 2021);
    expect(d.source.title).toContain('INVENTATO');
    expect(d.source.description.en).toContain('INVENTED');
  });
});
