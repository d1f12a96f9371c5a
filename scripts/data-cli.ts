import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { datasetSchema, manifestSchema, type Dataset, type Manifest } from '../src/data/schema';
import { csvFileName, tableToCsv } from '../src/data/workbook/csv-tables';
import { formatProblem } from '../src/data/workbook/problems';
import { readWorkbookFiles } from '../src/data/workbook/read-files';
import { datasetToTables } from '../src/data/workbook/to-sheets';
import { validateTables } from '../src/data/workbook/validate';
import { tablesToXlsx } from '../src/data/workbook/xlsx';
import type { Locale } from '../src/lib/locale';

/**
 * What `npm run data:export` and `npm run data:import` do, as functions the tests call: each
 * returns its exit code and the lines it would print, and touches only the files it names.
 */
export interface CliResult {
  code: number;
  lines: string[];
}

const loadExcel = async () => ExcelJS;

function readManifest(dir: string): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
}

function readDatasets(dir: string): Dataset[] {
  return readManifest(dir).datasets.map((d) => datasetSchema.parse(JSON.parse(readFileSync(join(dir, d.file), 'utf8'))));
}

/** Writes one dataset of `dataDir` as an .xlsx, or as one CSV per sheet when `target` is a folder or ends in .csv. */
export async function exportDataset(id: string, target: string, dataDir: string): Promise<CliResult> {
  const entry = readManifest(dataDir).datasets.find((d) => d.id === id);
  if (!entry) return { code: 1, lines: [`Dataset «${id}» non trovato in ${join(dataDir, 'manifest.json')}.`] };
  const tables = datasetToTables(datasetSchema.parse(JSON.parse(readFileSync(join(dataDir, entry.file), 'utf8'))));
  if (/\.xlsx$/i.test(target)) {
    mkdirSync(dirname(resolve(target)), { recursive: true });
    writeFileSync(target, await tablesToXlsx(ExcelJS, tables));
    return { code: 0, lines: [`Scritto ${target} (${tables.length} fogli).`] };
  }
  const dir = /\.csv$/i.test(target) ? dirname(target) : target;
  mkdirSync(dir, { recursive: true });
  for (const t of tables) writeFileSync(join(dir, csvFileName(id, t.name)), tableToCsv(t));
  return { code: 0, lines: [`Scritti ${tables.length} CSV in ${dir}.`] };
}

/** Validates a workbook (or a sheet's CSVs) and, only when all is right, writes `<id>.json` and the manifest entry. */
export async function importWorkbook(paths: readonly string[], outDir: string, locale: Locale, today = new Date().toISOString().slice(0, 10)): Promise<CliResult> {
  const files = paths.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  const read = await readWorkbookFiles(files, loadExcel);
  const others = existsSync(join(outDir, 'manifest.json')) ? readDatasets(outDir) : [];
  const result = read.ok ? validateTables(read.tables, others) : read;
  if (!result.ok) {
    const head = locale === 'it' ? `Nessun file scritto: ${result.problems.length} problemi da correggere.` : `Nothing written: ${result.problems.length} problems to fix.`;
    return { code: 1, lines: [head, ...result.problems.map((p) => `- ${formatProblem(p, locale)}`)] };
  }
  const d = result.dataset;
  const file = `${d.id}.json`;
  const manifest: Manifest = existsSync(join(outDir, 'manifest.json')) ? readManifest(outDir) : { schemaVersion: 1, updated: today, datasets: [] };
  const datasets = manifest.datasets.some((e) => e.id === d.id) ? manifest.datasets : [...manifest.datasets, { id: d.id, file }];
  // Both files are written beside their targets first, then renamed: a failure leaves the old ones whole.
  mkdirSync(outDir, { recursive: true });
  const writes: [string, string][] = [
    [join(outDir, file), JSON.stringify(d, null, 2) + '\n'],
    [join(outDir, 'manifest.json'), manifestText({ ...manifest, updated: today, datasets })],
  ];
  for (const [path, text] of writes) writeFileSync(`${path}.tmp`, text);
  for (const [path] of writes) renameSync(`${path}.tmp`, path);
  const facts = d.facts.length;
  return { code: 0, lines: [locale === 'it' ? `Scritti ${file} (${facts} fatti) e manifest.json in ${outDir}.` : `Wrote ${file} (${facts} facts) and manifest.json in ${outDir}.`] };
}

/** The manifest as the repository keeps it: one line per dataset. */
function manifestText(m: Manifest): string {
  const entries = m.datasets.map((d) => `    ${JSON.stringify(d).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/":/g, '": ').replace(/,"/g, ', "')}`);
  return `{\n  "schemaVersion": ${m.schemaVersion},\n  "updated": ${JSON.stringify(m.updated)},\n  "datasets": [\n${entries.join(',\n')}\n  ]\n}\n`;
}

/** Command-line arguments: positional values, `--out DIR`, `--lang en`. */
export function parseArgs(argv: readonly string[]): { positional: string[]; out?: string; lang: Locale } {
  const positional: string[] = [];
  let out: string | undefined;
  let lang: Locale = 'it';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') out = argv[++i];
    else if (a === '--lang') lang = argv[++i] === 'en' ? 'en' : 'it';
    else positional.push(a);
  }
  return { positional, out, lang };
}
