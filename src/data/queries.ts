import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DataLoadError } from './fetch-json';
import { loadJson } from './load-json';

export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: ({ signal }) => loadJson(`${DATA_BASE}manifest.json`, 'manifest', signal),
    staleTime: 'static',
  });

export const datasetQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['dataset', file],
    queryFn: ({ signal }) => loadJson(`${DATA_BASE}${file}`, 'dataset', signal),
    staleTime: 'static',
  });

/** Retry only what a retry can fix: never a 404, a bad JSON or a schema error. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataLoadError && error.kind !== 'network' && !(error.kind === 'http' && (error.status ?? 0) >= 500)) return false;
  return failureCount < 2;
}

/** Loads (and checks) the manifest and every dataset into the cache; false if any of them failed. */
export async function loadAllData(client: QueryClient): Promise<boolean> {
  try {
    const manifest = await client.fetchQuery(manifestQueryOptions());
    await Promise.all(manifest.datasets.map((d) => client.fetchQuery(datasetQueryOptions(d.file))));
    return true;
  } catch {
    return false;
  }
}
