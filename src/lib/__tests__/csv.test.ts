import { describe, expect, it } from 'vitest';
import type { TableModel } from '../../components/ui/table-model';
import { BOM, buildCsv, exportFileName, formatCsvNumber, quoteCsv } from '../csv';

const table: TableModel = {
  columns: [
    { key: 'name', label: 'Gruppo' },
    { key: 'firms', label: 'Imprese', unit: 'firms' },
    { key: 'ratio', label: 'Dipendenti per impresa', unit: 'number' },
  ],
  rows: [
    { name: 'A - MECCATRONICI', firms: 1737, ratio: 53.61542890040299 },
    { name: 'Media; comunicazione "e" spettacolo', firms: 358, ratio: null },
  ],
};

describe('CSV', () => {
  it('starts with a BOM and uses ; and , for Italian', () => {
    const csv = buildCsv(table, 'it');
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Gruppo;Imprese;Dipendenti per impresa');
    expect(lines[1]).toBe('A - MECCATRONICI;1737;53,62');
    expect(lines[2]).toBe('"Media; comunicazione ""e"" spettacolo";358;');
  });

  it('uses , and . for English', () => {
    const lines = buildCsv(table, 'en').slice(1).split('\r\n');
    expect(lines[0]).toBe('Gruppo,Imprese,Dipendenti per impresa');
    expect(lines[1]).toBe('A - MECCATRONICI,1737,53.62');
  });

  it.each([
    [6796, 'it', '6796'],
    [17444351, 'it', '17444351'],
    [175.15, 'it', '175,15'],
    [175.15, 'en', '175.15'],
    [-74000, 'it', '-74000'],
    [0.5, 'it', '0,5'],
    [25.735726898175397, 'it', '25,74'],
    [-0.001, 'it', '0'],
    [2.005, 'en', '2.01'],
  ] as const)('writes %s as the table shows it, with no thousands separator (%s)', (value, locale, expected) => {
    expect(formatCsvNumber(value, locale)).toBe(expected);
  });

  it.each([
    ['plain', ';', 'plain'],
    ['a;b', ';', '"a;b"'],
    ['a,b', ',', '"a,b"'],
    ['a,b', ';', 'a,b'],
    ['say "hi"', ';', '"say ""hi"""'],
    ['two\nlines', ';', '"two\nlines"'],
  ])('quotes %j with separator %j', (field, sep, expected) => {
    expect(quoteCsv(field, sep)).toBe(expected);
  });

  it('keeps the header on the first line and puts source and filters after the rows and a blank line', () => {
    const lines = buildCsv(table, 'it', ['Fonte: Assolombarda; Relazione 2020', 'Filtri: anno 2020']).slice(1).split('\r\n');
    expect(lines[0]).toBe('Gruppo;Imprese;Dipendenti per impresa');
    expect(lines.slice(3)).toEqual(['', '"Fonte: Assolombarda; Relazione 2020"', 'Filtri: anno 2020', '']);
  });

  it('writes an empty cell for a number column’s text ("n.d.": not given), keeps text columns', () => {
    const withText: TableModel = { columns: table.columns, rows: [{ name: 'n.d.', firms: 'n.d.', ratio: 'n.d.' }] };
    expect(buildCsv(withText, 'it').slice(1).split('\r\n')[1]).toBe('n.d.;;');
  });

  it('names files from the title and the filters', () => {
    expect(exportFileName('Imprese per gruppo: A – L', ['Anno 2020', 'Lodi'], 'csv')).toBe('cruscotto_imprese-per-gruppo-a-l_anno-2020_lodi.csv');
    expect(exportFileName('Più visualizzazioni', [], 'png')).toBe('cruscotto_piu-visualizzazioni.png');
  });
});
