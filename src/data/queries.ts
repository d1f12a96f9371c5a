import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DataLoadError } from './fetch-json';
import { loadJson } from './load-json';
import type { Dataset } from './schema';

export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/** One file of the manifest, loaded or not (a file that fails leaves the others in place). */
export interface DataFile {
  id: string;
  data?: Dataset;
  error?: DataLoadError;
}

/** The bundled data: the manifest's date and each file it lists, in its order. */
export interface DataFiles {
  updated: string;
  files: DataFile[];
}

/**
 * The manifest, then every file it lists, in one query: one subscription for the whole data (the
 * first screen needs it all), and each file loads, retries and fails on its own. A manifest that
 * fails fails the query, and the query retries it (the client's `shouldRetry`).
 */
export const dataQueryOptions = () =>
  queryOptions({
    queryKey: ['data'],
    queryFn: async ({ signal }): Promise<DataFiles> => {
      const manifest = await loadJson(`${DATA_BASE}manifest.json`, 'manifest', signal);
      const files = await Promise.all(
        manifest.datasets.map(async ({ id, file }): Promise<DataFile> => {
          try {
            return { id, data: await withRetry(() => loadJson(`${DATA_BASE}${file}`, 'dataset', signal), signal) };
          } catch (error) {
            return { id, error: asDataError(error, file) };
          }
        }),
      );
      return { updated: manifest.updated, files };
    },
    staleTime: 'static',
  });

export const RETRY_DELAY = 300;

/** Runs `load` again after a short wait while `shouldRetry` says a retry can help (and nobody has given up on it). */
async function withRetry<T>(load: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await load();
    } catch (error) {
      if (signal?.aborted || !shouldRetry(failures, error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY));
    }
  }
}

export function asDataError(error: unknown, url: string): DataLoadError {
  return error instanceof DataLoadError ? error : new DataLoadError('network', url, error instanceof Error ? error.message : String(error));
}

/** Retry only what a retry can fix: never a 404, a bad JSON or a schema error. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataLoadError && error.kind !== 'network' && !(error.kind === 'http' && (error.status ?? 0) >= 500)) return false;
  return failureCount < 2;
}

/** Loads (and checks) the manifest and every dataset into the cache; false if any of them failed. */
export async function loadAllData(client: QueryClient): Promise<boolean> {
  try {
    const data = await client.fetchQuery(dataQueryOptions());
    return data.files.every((f) => f.data);
  } catch {
    return false;
  }
}
