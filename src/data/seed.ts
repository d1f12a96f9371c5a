import type { QueryClient } from '@tanstack/react-query';
import { parseJson } from './fetch-json';
import { datasetQueryOptions, manifestQueryOptions } from './queries';
import { SCHEMAS } from './validate-protocol';

/**
 * Puts the bundled data in the cache, checked by the same schemas as in the browser, as if it had
 * just been loaded (the build-time render: src/app/prerender.tsx). `read` gives a file's text.
 */
export function seedData(client: QueryClient, read: (file: string) => string): void {
  const manifest = parseJson(read('manifest.json'), SCHEMAS.manifest, 'manifest.json');
  client.setQueryData(manifestQueryOptions().queryKey, manifest);
  for (const { file } of manifest.datasets) client.setQueryData(datasetQueryOptions(file).queryKey, parseJson(read(file), SCHEMAS.dataset, file));
}
