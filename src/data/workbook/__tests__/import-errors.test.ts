// @vitest-environment node
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../../scripts/data-cli';
import type { Cell, Table } from '../cells';
import { csvFileName, tableToCsv } from '../csv-tables';
import { bundledById, dataDir, tablesWith } from './helpers';

type Edit = { sheet: string; row: number; column: string; value: Cell };

/** A copy of public/data, the edited workbook as CSV files beside it, and what the folder held before. */
function setUp(tables: Table[]) {
  const root = mkdtempSync(join(tmpdir(), 'cruscotto-import-'));
  const out = join(root, 'data');
  cpSync(dataDir, out, { recursive: true });
  const files = tables.map((t) => {
    const path = join(root, csvFileName('lavoro', t.name));
    writeFileSync(path, tableToCsv(t));
    return path;
  });
  const snapshot = () => Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  return { out, files, before: snapshot(), snapshot };
}

async function importWith(edits: Edit[], id = 'lavoro-milano-2018', lang: 'it' | 'en' = 'it') {
  const { out, files, before, snapshot } = setUp(tablesWith(id, edits));
  const result = await importWorkbook(files, out, lang, '2027-01-15');
  expect(snapshot()).toEqual(before); // nothing written
  return result;
}

const fact = bundledById('lavoro-milano-2018').facts;

describe('an import with a problem writes nothing and says where and what to do', () => {
  it.each<[string, Edit[], string]>([
    ['a wrong type', [{ sheet: 'Fatti', row: 3, column: 'Valore', value: 'dodici' }], 'Foglio «Fatti», riga 3, colonna «Valore»: «dodici» non è un numero (decimali con la virgola). Correggere la cella.'],
    ['a value outside the vocabulary', [{ sheet: 'Fatti', row: 2, column: 'Unità', value: 'kg' }], 'Foglio «Fatti», riga 2, colonna «Unità»: «kg» non è tra i valori ammessi. Sceglierne uno dall’elenco a discesa'],
    ['a duplicate id', [{ sheet: 'Fatti', row: 4, column: 'Id', value: fact[0]!.id }], `Foglio «Fatti», riga 4, colonna «Id»: l’id «${fact[0]!.id}» è già usato alla riga 2 del foglio «Fatti». Dare a questa riga un id diverso.`],
    ['a missing label', [{ sheet: 'Fatti', row: 5, column: 'Etichetta (en)', value: '' }], 'Foglio «Fatti», riga 5, colonna «Etichetta (en)»: manca l’etichetta. Scrivere un nome breve, in italiano e in inglese.'],
    ['a dimension without a label', [{ sheet: 'Fatti', row: 2, column: 'Dimensioni', value: 'age=over_90' }], 'Foglio «Fatti», riga 2, colonna «Dimensioni»: la dimensione age=over_90 non ha un’etichetta. Aggiungere una riga al foglio «Etichette dimensioni» con dimensione «age» e valore «over_90».'],
    ['a reference that does not resolve', [{ sheet: 'Voci elenchi', row: 2, column: 'Fatti collegati', value: 'fatto-inesistente' }], 'Foglio «Voci elenchi», riga 2, colonna «Fatti collegati»: «fatto-inesistente» non esiste nel foglio «Fatti». Correggere il riferimento o aggiungere la riga mancante.'],
    ['an unknown organization', [{ sheet: 'Fatti', row: 2, column: 'Organizzazione', value: 'nessuno' }], 'Foglio «Fatti», riga 2, colonna «Organizzazione»: «nessuno» non esiste nel foglio «Organizzazioni».'],
    ['an empty required cell', [{ sheet: 'Fatti', row: 2, column: 'Metrica', value: null }], 'Foglio «Fatti», riga 2, colonna «Metrica»: la cella è vuota ma è obbligatoria.'],
    ['a malformed id (the schema’s check)', [{ sheet: 'Fatti', row: 2, column: 'Id', value: 'Con Spazi' }], 'Foglio «Fatti», riga 2, colonna «Id»: valore non valido (ids are lowercase'],
    ['a renamed column', [{ sheet: 'Fatti', row: 1, column: 'Valore', value: 'Numero' }], 'Foglio «Fatti», riga 1, colonna «Numero»: la colonna «Numero» non è prevista.'],
  ])('%s', async (_kind, edits, message) => {
    const result = await importWith(edits);
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/^Nessun file scritto: \d+ problemi da correggere\.$/);
    expect(result.lines.join('\n')).toContain(message);
  });

  it('a comparison figure that contradicts the previous year’s dataset', async () => {
    // The next year's report restates 2018 figures: one of them differs from lavoro-milano-2018.
    const f = fact[0]!;
    const result = await importWith([
      { sheet: 'Fonte', row: 2, column: 'Id dataset', value: 'lavoro-milano-2019' },
      { sheet: 'Fonte', row: 2, column: 'Id fonte', value: 'lavoro-milano-2019' },
      { sheet: 'Fatti', row: 2, column: 'Valore', value: f.value + 1 },
    ]);
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]).toContain(`Foglio «Fatti», riga 2, colonna «Valore»: il valore ${f.value + 1} per il ${f.year} contraddice ${f.value}, lo stesso dato nel dataset «lavoro-milano-2018» (fatto «${f.id}»).`);
  });

  it('speaks English with --lang en', async () => {
    const result = await importWith([{ sheet: 'Fatti', row: 2, column: 'Unità', value: 'kg' }], undefined, 'en');
    expect(result.lines[0]).toBe('Nothing written: 1 problems to fix.');
    expect(result.lines[1]).toContain('Sheet «Fatti», row 2, column «Unità»: «kg» is not an allowed value. Pick one from the drop-down list');
  });

  it('a missing sheet', async () => {
    const { out, files, before, snapshot } = setUp(tablesWith('lavoro-milano-2018').filter((t) => t.name !== 'Fatti'));
    const result = await importWorkbook(files, out, 'it');
    expect(result.lines[1]).toContain('Foglio «Fatti»: il foglio manca.');
    expect(snapshot()).toEqual(before);
  });
});

describe('an import without problems', () => {
  it('writes <id>.json and its manifest entry, and nothing else', async () => {
    const { out, files, before, snapshot } = setUp(
      tablesWith('lavoro-milano-2018', [
        { sheet: 'Fonte', row: 2, column: 'Id dataset', value: 'lavoro-milano-2019' },
        { sheet: 'Fonte', row: 2, column: 'Id fonte', value: 'lavoro-milano-2019' },
      ]),
    );
    const result = await importWorkbook(files, out, 'it', '2027-01-15');
    expect(result).toEqual({ code: 0, lines: [`Scritti lavoro-milano-2019.json (${fact.length} fatti) e manifest.json in ${out}.`] });
    const after = snapshot();
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'lavoro-milano-2019.json'].sort());
    const manifest = JSON.parse(after['manifest.json']!);
    expect(manifest.updated).toBe('2027-01-15');
    expect(manifest.datasets.at(-1)).toEqual({ id: 'lavoro-milano-2019', file: 'lavoro-milano-2019.json' });
    expect(JSON.parse(after['lavoro-milano-2019.json']!)).toEqual({ ...bundledById('lavoro-milano-2018'), id: 'lavoro-milano-2019', source: { ...bundledById('lavoro-milano-2018').source, id: 'lavoro-milano-2019' } });
  });
});
