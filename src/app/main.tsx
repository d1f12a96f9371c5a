import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadAllData } from '../data/queries';
import { normalizePath } from '../lib/views';
import { useFiltersStore } from '../store/filters-store';
import { parseUrl } from '../store/url-state';
import { startUrlSync } from '../store/url-sync';
import { App } from './app';
import { choicesInForm, clearPageStatus, prerenderedRoot } from './page-status';
import { Providers, queryClient } from './providers';
import './styles.css';

// Read before React owns the form: what the user picked in it while the code loaded.
const chosen = choicesInForm();
let synced = false;
/** The URL, the remembered language and theme, and those choices, applied as the user's (once). */
function takeOver() {
  if (!synced) startUrlSync(chosen);
  synced = true;
}
/** Once the page shows that state: run by the app, the HTML's status line gone. */
const onReady = () => {
  document.documentElement.dataset.app = 'ready';
  clearPageStatus();
};
const app = (hydrating: boolean) => (
  <StrictMode>
    <Providers>
      <App takeOver={hydrating ? takeOver : undefined} onReady={onReady} />
    </Providers>
  </StrictMode>
);

// The built HTML shows this path in its default state (prerender.tsx): React takes it over in that
// state, its data in the cache, drawing nothing again, then App applies takeOver. Without that HTML
// (the dev server) or the data (a file failed), it is drawn afresh. Both are sliced transitions.
const container = document.getElementById('root')!;
if (prerenderedRoot()?.dataset.prerendered === normalizePath(location.pathname) && (await loadAllData(queryClient))) {
  useFiltersStore.getState().startAt(parseUrl(location.pathname, ''));
  startTransition(() => void hydrateRoot(container, app(true)));
} else {
  takeOver();
  startTransition(() => createRoot(container).render(app(false)));
}
