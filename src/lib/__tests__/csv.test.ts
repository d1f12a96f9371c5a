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
    expect(lines[1]).toBe('A - MECCATRONICI;1737;53,61542890040299');
    expect(lines[2]).toBe('"Media; comunicazione ""e"" spettacolo";358;');
  });

  it('uses , and . for English', () => {
    const lines = buildCsv(table, 'en').slice(1).split('\r\n');
    expect(lines[0]).toBe('Gruppo,Imprese,Dipendenti per impresa');
    expect(lines[1]).toBe('A - MECCATRONICI,1737,53.61542890040299');
  });

  it.each([
    [6796, 'it', '6796'],
    [17444351, 'it', '17444351'],
    [175.15, 'it', '175,15'],
    [175.15, 'en', '175.15'],
    [-74000, 'it', '-74000'],
    [0.5, 'it', '0,5'],
  ] as const)('writes %s exactly, with no thousands separator (%s)', (value, locale, expected) => {
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

  it('puts source and filters on comment lines before the header', () => {
    const lines = buildCsv(table, 'it', ['Fonte: Assolombarda, Relazione 2020', 'Filtri: anno 2020']).slice(1).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['# Fonte: Assolombarda, Relazione 2020', '# Filtri: anno 2020', 'Gruppo;Imprese;Dipendenti per impresa']);
  });

  it('names files from the title and the filters', () => {
    expect(exportFileName('Imprese per gruppo: A – L', ['Anno 2020', 'Lodi'], 'csv')).toBe('cruscotto_imprese-per-gruppo-a-l_anno-2020_lodi.csv');
    expect(exportFileName('Più visualizzazioni', [], 'png')).toBe('cruscotto_piu-visualizzazioni.png');
  });
});
