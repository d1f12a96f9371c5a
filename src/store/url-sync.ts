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

  // The address bar is written once the page is idle, not inside the event that changes the store nor
  // before the frame that shows it: pushState costs several milliseconds (more on a slow phone), and
  // the new figures come first. The changes made until then (a link that sets the view and a
  // parameter) make one history entry; leaving the page writes a change still waiting.
  let cancelWrite: (() => void) | undefined;
  let loud = false;
  const write = () => {
    cancelWrite?.();
    cancelWrite = undefined;
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
    cancelWrite ??= whenIdle(write);
  });

  const onPop = () => {
    // Back wins over a write still waiting: the store takes the URL Back has restored.
    cancelWrite?.();
    cancelWrite = undefined;
    loud = false;
    store.getState().hydrate(parseUrl(location.pathname, location.search));
  };
  const onLeave = () => {
    if (cancelWrite) write();
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener('pagehide', onLeave);

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
    cancelWrite?.();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', onLeave);
  };
}

/** Runs `run` when the page is next idle (within 200 ms), or in the next task where idle callbacks are missing; returns a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
