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
  // The address in its canonical form (bad parameters dropped, the remembered theme added), written only
  // where it differs: a page's first history call cost 2–25 ms of its load in a profile of /comunicazione.
  const canonical = serializeUrl(parsed.state) + location.hash;
  if (!parsed.notFound && canonical !== location.pathname + location.search + location.hash) history.replaceState(null, '', canonical);

  // The address bar is written in a task of its own, not inside the event that changes the store:
  // pushState costs a few milliseconds, and the event's own work (the new figures) comes first.
  // The changes of one task (a link that sets the view and a parameter) make one history entry.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loud = false;
  const write = () => {
    timer = undefined;
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
    timer ??= setTimeout(write, 0);
  });

  const onPop = () => {
    // Back wins over a write still waiting: the store takes the URL Back has restored.
    clearTimeout(timer);
    timer = undefined;
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
    clearTimeout(timer);
    window.removeEventListener('popstate', onPop);
  };
}
