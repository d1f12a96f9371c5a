import { importWorkbook, parseArgs } from './data-cli';

// npm run data:import -- <file.xlsx | the sheets' CSV files> [--out public/data] [--lang en]
const { positional, out, lang } = parseArgs(process.argv.slice(2));
if (!positional.length) {
  console.error(lang === 'it' ? 'Uso: npm run data:import -- <file.xlsx> [--out public/data] [--lang en]' : 'Usage: npm run data:import -- <file.xlsx> [--out public/data] [--lang en]');
  process.exit(2);
}
const result = await importWorkbook(positional, out ?? 'public/data', lang);
result.lines.forEach((l) => (result.code ? console.error(l) : console.log(l)));
process.exit(result.code);
