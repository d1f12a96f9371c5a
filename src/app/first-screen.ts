import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions, manifestQueryOptions } from '../data/queries';
import type { Dataset, Manifest } from '../data/schema';
import { selectUrlState, useFiltersStore, type FiltersState } from '../store/filters-store';
import { parseUrl, type ParseResult } from '../store/url-state';
import { takeEarlyChoices } from './early-choices';

/**
 * The build-time HTML of each view (src/app/prerender.tsx) shows that view with its data, under
 * the default choices: Italian, no filters, no view parameters. When the browser opens that very
 * state, the app takes the HTML over (hydrates it) instead of drawing the page again; any other
 * state (a shared link with filters, a saved language) is drawn afresh over it.
 */
export function prerenderedState(pathname: string): ParseResult {
  return parseUrl(pathname, '');
}

/** True when the store holds exactly what the build-time HTML of this path shows. */
export function showsPrerenderedState(s: FiltersState, pathname: string): boolean {
  const { state, rejected, notFound } = prerenderedState(pathname);
  return JSON.stringify([selectUrlState(s), s.rejected, s.notFound]) === JSON.stringify([state, rejected, notFound]);
}

/**
 * A server render (and the render that hydrates its HTML) reads a zustand store's initial state:
 * make the current state the initial one. Called at build time, and in the browser just before
 * hydrating, when both are the same state (showsPrerenderedState).
 */
export function adoptCurrentAsInitialState() {
  Object.assign(useFiltersStore.getInitialState(), useFiltersStore.getState());
}

/** Puts already-checked data in the cache, as if it had just been loaded. */
export function seedData(client: QueryClient, manifest: Manifest, datasets: ReadonlyMap<string, Dataset>) {
  client.setQueryData(manifestQueryOptions().queryKey, manifest);
  for (const { file } of manifest.datasets) {
    const data = datasets.get(file);
    if (data) client.setQueryData(datasetQueryOptions(file).queryKey, data);
  }
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

/**
 * Applies the choices made on the prerendered page before the app ran it (early-choices.ts) as
 * the user's own change: the figures, the URL and one history entry follow. True if it changed
 * the state.
 */
export function applyEarlyChoices(): boolean {
  const early = takeEarlyChoices();
  if (early.size === 0) return false;
  const params = new URLSearchParams(location.search);
  for (const [name, value] of early) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const next = parseUrl(location.pathname, `?${params}`);
  const store = useFiltersStore.getState();
  if (JSON.stringify(selectUrlState(store)) === JSON.stringify(next.state)) return false;
  store.hydrate(next);
  return true;
}
