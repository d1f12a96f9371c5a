import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from './schema';

/**
 * Datasets an analyst is previewing (the Dati page): validated in this browser, shown with the
 * bundled ones, kept in this browser's storage until discarded, never sent anywhere. A dataset
 * with a bundled one's id takes its place.
 */
const STORAGE_KEY = 'cruscotto.preview.v1';
export const NO_PREVIEW: readonly Dataset[] = Object.freeze([]);

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked by the browser's settings
  }
}

/** What was stored, checked again by the schema (loaded only when there is something to check). */
async function readStored(): Promise<readonly Dataset[]> {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return NO_PREVIEW;
  const { parsePreview } = await import('./preview-parse');
  const datasets = parsePreview(raw);
  if (!datasets.length) storage()?.removeItem(STORAGE_KEY);
  return datasets.length ? datasets : NO_PREVIEW;
}

export const previewQueryOptions = () => queryOptions({ queryKey: ['preview-datasets'], queryFn: readStored, staleTime: 'static' });

/** Adds (or replaces, by id) a validated dataset in the preview. */
export function addToPreview(client: QueryClient, dataset: Dataset): void {
  const current = client.getQueryData(previewQueryOptions().queryKey) ?? NO_PREVIEW;
  const next = [...current.filter((d) => d.id !== dataset.id), dataset];
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Full or blocked storage: the preview still holds until the page is closed.
  }
  client.setQueryData(previewQueryOptions().queryKey, next);
}

export function discardPreview(client: QueryClient): void {
  storage()?.removeItem(STORAGE_KEY);
  client.setQueryData(previewQueryOptions().queryKey, NO_PREVIEW);
}
