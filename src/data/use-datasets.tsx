import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import type { DataLoadError } from './fetch-json';
import { family } from './family';
import { NO_PREVIEW, previewQueryOptions } from './preview';
import { asDataError, dataQueryOptions, type DataFile } from './queries';
import type { Dataset } from './schema';

export interface DataState {
  datasets: Dataset[];
  errors: DataLoadError[];
  isLoading: boolean;
  updated?: string;
  /** Ids of the datasets shown in preview (not published). */
  previewIds?: readonly string[];
}

/** Where each file of the manifest stands. */
interface FileState extends DataFile {
  /** Added on the Dati page, in this browser only. */
  preview?: boolean;
}

export interface AllData {
  /** The manifest and its files are still loading. */
  pending: boolean;
  manifestError?: DataLoadError;
  updated?: string;
  files: FileState[];
}

const DataContext = createContext<AllData | null>(null);

/**
 * The one subscription to the data (one query: the manifest and its files). react-query tells its
 * subscribers about every change with a synchronous render; only this component gets it. What it
 * passes down is a deferred value, so the views re-render in a transition that React slices and
 * the page stays responsive. `children` keep their identity, so nothing else re-renders in the
 * synchronous pass.
 */
export function DatasetsProvider({ children }: { children: ReactNode }) {
  const data = useQuery(dataQueryOptions());
  const preview = useQuery(previewQueryOptions()).data ?? NO_PREVIEW;
  const files = useMemo(() => withPreview(data.data?.files ?? [], preview), [data.data, preview]);
  const state = useMemo<AllData>(
    () => ({
      pending: data.isPending,
      manifestError: data.error ? asDataError(data.error, 'manifest.json') : undefined,
      updated: data.data?.updated,
      files,
    }),
    [data.isPending, data.error, data.data?.updated, files],
  );
  return <DataContext.Provider value={useDeferredValue(state)}>{children}</DataContext.Provider>;
}

/** The bundled files with the previewed datasets in (a previewed id replaces the bundled one). */
function withPreview(files: FileState[], preview: readonly Dataset[]): FileState[] {
  if (!preview.length) return files;
  const ids = new Set(preview.map((d) => d.id));
  return [...files.filter((f) => !ids.has(f.id)), ...preview.map((d) => ({ id: d.id, data: d, preview: true }))];
}

/** The load state of the listed ids' report series (or of every dataset). */
export function selectDatasets(all: AllData, only?: readonly string[]): DataState {
  const families = only?.map(family);
  const files = all.files.filter((f) => !families || families.includes(family(f.id)));
  const errors = files.flatMap((f) => (f.error ? [f.error] : []));
  if (all.manifestError) errors.unshift(all.manifestError);
  return {
    datasets: files.flatMap((f) => (f.data ? [f.data] : [])),
    errors,
    isLoading: all.pending,
    updated: all.updated,
    previewIds: files.flatMap((f) => (f.preview ? [f.id] : [])),
  };
}

function useAllData(): AllData {
  const all = useContext(DataContext);
  if (!all) throw new Error('useDatasets needs a <DatasetsProvider> above it (see src/app/providers.tsx)');
  return all;
}

/** The datasets (all of them, or those of the listed ids' report series, every year), their load errors, and whether any is still loading. */
export function useDatasets(only?: readonly string[]): DataState {
  const all = useAllData();
  return useMemo(() => selectDatasets(all, only), [all, only]);
}

/** The data's as-of date, from the manifest. */
export function useDataUpdated(): string | undefined {
  return useAllData().updated;
}
