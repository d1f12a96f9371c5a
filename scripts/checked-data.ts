import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { datasetSchema, manifestSchema } from '../src/data/schema.ts';

/**
 * Checks the bundled data at build time, with the schemas the page uses, and gives the SHA-256
 * (base64) of each file that is exactly in its checked form (what `npm run data:import` writes:
 * nothing the schema would add or drop). The page trusts a file with the same digest without
 * checking it again (src/data/load-json.ts); any other text is checked in the browser as before.
 * A file the schema rejects stops the build.
 */
export function checkedDataDigests(dir = 'public/data', warn: (message: string) => void = console.warn): Record<string, string> {
  const digests: Record<string, string> = {};
  const check = (file: string, schema: typeof manifestSchema | typeof datasetSchema) => {
    const bytes = readFileSync(join(dir, file));
    const text = bytes.toString('utf8');
    const raw: unknown = JSON.parse(text);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${dir}/${file} does not match its schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), raw)) digests[file] = createHash('sha256').update(bytes).digest('base64');
    else warn(`${dir}/${file} is valid but not in the form data:import writes: the browser will check it on every visit.`);
    return parsed.data;
  };
  const manifest = check('manifest.json', manifestSchema) as { datasets: { file: string }[] };
  for (const { file } of manifest.datasets) check(file, datasetSchema);
  return digests;
}
