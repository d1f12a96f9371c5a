import { queryOptions, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { Dataset } from './schema';
import { DataLoadError } from './fetch-json';
import { loadJson, warmUpValidator } from './load-json';

export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

warmUpValidator();

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

export interface DataState {
  datasets: Dataset[];
  errors: DataLoadError[];
  isLoading: boolean;
  updated?: string;
}

/**
 * Every dataset of the manifest (or only those whose id is listed), each loaded on its own:
 * one broken file yields an error for that file while the others still render.
 *
 * Deferred: when a file arrives, the screen first stays as it was, then redraws with the new data
 * as a transition, which React renders in small slices instead of one long task. Filter changes
 * are not deferred (they do not change this value).
 */
export function useDatasets(only?: readonly string[]): DataState {
  const manifest = useQuery(manifestQueryOptions());
  const entries = (manifest.data?.datasets ?? []).filter((d) => !only || only.includes(d.id));
  const combined = useQueries({ queries: entries.map((d) => datasetQueryOptions(d.file)), combine: combineDatasets });
  const state = useMemo(() => {
    const errors = [...combined.errors];
    if (manifest.error) errors.unshift(asDataError(manifest.error, 'manifest.json'));
    return { datasets: combined.datasets, errors, isLoading: manifest.isPending || combined.isLoading, updated: manifest.data?.updated };
  }, [combined, manifest.error, manifest.isPending, manifest.data?.updated]);
  return useDeferredValue(state);
}

function asDataError(error: unknown, url: string): DataLoadError {
  return error instanceof DataLoadError ? error : new DataLoadError('network', url, error instanceof Error ? error.message : String(error));
}

/** Stable (module-level) so react-query keeps the combined result's identity between renders. */
function combineDatasets(results: UseQueryResult<Dataset>[]) {
  return {
    datasets: results.flatMap((r) => (r.data ? [r.data] : [])),
    errors: results.flatMap((r) => (r.error ? [asDataError(r.error, 'data')] : [])),
    isLoading: results.some((r) => r.isPending && r.fetchStatus !== 'idle'),
  };
}
