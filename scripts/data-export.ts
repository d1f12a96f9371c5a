import { exportDataset, parseArgs } from './data-cli';

// npm run data:export -- <dataset-id> <file.xlsx | folder for CSV> [--out public/data]
const { positional, out } = parseArgs(process.argv.slice(2));
const [id, target] = positional;
if (!id || !target) {
  console.error('Uso: npm run data:export -- <id-dataset> <file.xlsx | cartella per i CSV>');
  process.exit(2);
}
const result = await exportDataset(id, target, out ?? 'public/data');
result.lines.forEach((l) => (result.code ? console.error(l) : console.log(l)));
process.exit(result.code);
