// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { datasetSchema, factSchema } from '../../schema';
import { assemble } from '../assemble';
import { csvToTable, tableToCsv } from '../csv-tables';
import { datasetToTables } from '../to-sheets';
import { validateTables } from '../validate';
import { tablesToXlsx, xlsxToTables } from '../xlsx';
import { bundled, manifest } from './helpers';

describe.each(manifest.datasets)('round trip of $id', ({ id }) => {
  const dataset = bundled.find((d) => d.id === id)!;

  it('sheets → dataset gives back the same dataset, checked against every other bundled one', () => {
    expect(validateTables(datasetToTables(dataset), bundled)).toEqual({ ok: true, dataset });
  });

  it('through an .xlsx file written and read by exceljs', async () => {
    const bytes = await tablesToXlsx(ExcelJS, datasetToTables(dataset));
    expect(validateTables(await xlsxToTables(ExcelJS, bytes), bundled)).toEqual({ ok: true, dataset });
  });

  it('gives every part of the dataset its own sheet: nothing of what the schema knows hides in a JSON cell', () => {
    const tables = datasetToTables(dataset);
    for (const t of tables) {
      const extra = t.rows[0]!.length - 1;
      expect(t.rows.slice(1).map((r) => r[extra]).filter((c) => c !== '' && c !== undefined && c !== null), t.name).toEqual([]);
    }
    const rows = (name: string) => tables.find((t) => t.name === name)!.rows.length - 1;
    expect(rows('Polarità')).toBe(Object.keys(dataset.polarity).length);
    expect(rows('Traduzioni')).toBe(Object.keys(dataset.translations.en).length);
    expect(rows('Estratti')).toBe(dataset.excerpts.length);
  });

  it('through Italian CSV files (";", decimal comma, BOM)', () => {
    const tables = datasetToTables(dataset).map((t) => csvToTable(t.name, tableToCsv(t)));
    expect(validateTables(tables, bundled)).toEqual({ ok: true, dataset });
  });
});

describe('fields the column tables do not know yet', () => {
  it('travel in the "Altro (JSON)" column and come back in place', () => {
    const base = bundled[0]!;
    const withNew = { ...base, facts: [{ ...base.facts[0]!, polarity: 'up', label: { ...base.facts[0]!.label, short: 'x' } }, ...base.facts.slice(1)] };
    const tables = datasetToTables(withNew as typeof base);
    const facts = tables.find((t) => t.name === 'Fatti')!;
    expect(JSON.parse(String(facts.rows[1]!.at(-1)))).toEqual({ polarity: 'up', label: { short: 'x' } });
    const { draft } = assemble(tables, []);
    expect((draft.facts as unknown[])[0]).toEqual(withNew.facts[0]);
  });

  it('a schema that has such a field gets it back from the workbook', () => {
    const base = bundled[0]!;
    const extended = z.extend(datasetSchema, { facts: z.array(z.extend(factSchema, { polarity: z.optional(z.enum(['up', 'down'])) })) });
    const withNew = extended.parse({ ...base, facts: base.facts.map((f) => ({ ...f, polarity: 'down' })) });
    expect(extended.parse(assemble(datasetToTables(withNew), []).draft)).toEqual(withNew);
  });
});

describe('Italian CSV', () => {
  it('writes a BOM, ";" and decimal commas, and reads them back', () => {
    const text = tableToCsv({ name: 'Fatti', rows: [['Valore', 'Etichetta (it)'], [69.5, 'a; b']] });
    expect(text).toBe('\uFEFFValore;Etichetta (it)\r\n69,5;"a; b"\r\n');
    expect(csvToTable('Fatti', text).rows).toEqual([['Valore', 'Etichetta (it)'], ['69,5', 'a; b']]);
  });
});
