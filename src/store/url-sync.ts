import { selectUrlState, useFiltersStore } from './filters-store';
import { PREFS_KEY } from '../lib/prefs';
import { isQuietParam, parseOpenedUrl, parseUrl, serializeQuery, serializeUrl } from './url-state';

/**
 * Two-way binding between the store and the address bar.
 * - first load: the URL wins; language and theme fall back to the remembered choice;
 * - every change of the store writes a history entry (so Back undoes a filter);
 * - Back/Forward re-read the URL into the store;
 * - `chosen`: URL parameters the user picked before the app ran (in the build-time HTML's form),
 *   applied over the URL as the user's own change (one history entry, Back undoes it).
 * Returns a function that stops the sync (tests).
 */
export function startUrlSync(chosen: ReadonlyMap<string, string> = new Map()): () => void {
  const store = useFiltersStore;
  const parsed = parseOpenedUrl(location.pathname, location.search);
  store.getState().hydrate(parsed);
  if (!parsed.notFound) history.replaceState(null, '', serializeUrl(parsed.state) + location.hash);

  // The address bar is written once the browser is idle, after the frame that shows the new figures:
  // pushState costs a few milliseconds (five at 4× CPU), and the figures come first. The changes made
  // until then (a link that sets the view and a parameter) make one history entry.
  let pending: (() => void) | undefined;
  let loud = false;
  const later = (run: () => void): (() => void) => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 200 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  };
  const write = () => {
    pending = undefined;
    const state = store.getState();
    const push = loud;
    loud = false;
    if (state.notFound) return;
    const next = serializeUrl(selectUrlState(state));
    if (next === location.pathname + location.search) return;
    if (push) history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.lang !== prev.lang || state.theme !== prev.theme) {
      try {
        localStorage.setItem(PREFS_KEY, JSON.stringify({ lang: state.lang, theme: state.theme }));
      } catch {
        /* private mode: the URL still carries the choice */
      }
    }
    // Typing in a search box or moving through slides replaces the entry instead of flooding history.
    const quiet = Object.keys({ ...state.extra, ...prev.extra }).some((k) => isQuietParam(k) && state.extra[k] !== prev.extra[k]);
    if (!quiet) loud = true;
    pending ??= later(write);
  });

  const onPop = () => {
    // Back wins over a write still waiting: the store takes the URL Back has restored.
    pending?.();
    pending = undefined;
    loud = false;
    store.getState().hydrate(parseUrl(location.pathname, location.search));
  };
  window.addEventListener('popstate', onPop);

  if (chosen.size > 0) {
    const next = new URLSearchParams(serializeQuery(selectUrlState(store.getState())));
    for (const [name, value] of chosen) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    store.getState().hydrate(parseUrl(location.pathname, `?${next}`));
  }
  return () => {
    unsubscribe();
    pending?.();
    window.removeEventListener('popstate', onPop);
  };
}
