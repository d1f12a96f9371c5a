import type { QueryClient } from '@tanstack/react-query';
import { parseJson } from './fetch-json';
import { dataQueryOptions } from './queries';
import { SCHEMAS } from './validate-protocol';

/**
 * Puts the bundled data in the cache, checked by the same schemas as in the browser, as if it had
 * just been loaded (the build-time render: src/app/prerender.tsx). `read` gives a file's text.
 */
export function seedData(client: QueryClient, read: (file: string) => string): void {
  const manifest = parseJson(read('manifest.json'), SCHEMAS.manifest, 'manifest.json');
  const files = manifest.datasets.map(({ id, file }) => ({ id, data: parseJson(read(file), SCHEMAS.dataset, file) }));
  client.setQueryData(dataQueryOptions().queryKey, { updated: manifest.updated, files });
}
