import './url-params';
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

const container = document.getElementById('root')!;
// Read before React owns the form: what the user picked there while the code loaded.
const chosen = choicesInForm();

/** The URL, the remembered language and theme, and those choices, applied as the user's. */
let taken = false;
function takeOver() {
  if (!taken) startUrlSync(chosen);
  taken = true;
}

/** Once the page shows the state takeOver set: run by the app, the status line of the HTML gone. */
function ready() {
  document.documentElement.dataset.app = 'ready';
  clearPageStatus();
}

const app = (hydrating: boolean) => (
  <StrictMode>
    <Providers>
      <App takeOver={hydrating ? takeOver : undefined} onReady={ready} />
    </Providers>
  </StrictMode>
);

// The built HTML shows this path under the default choices (src/app/prerender.tsx). React takes it
// over in that same state, with the same data in the cache, so nothing is drawn again; then the
// app applies the URL and the choices (App's takeOver). Without that HTML (the dev server) or the
// data (a file failed), it starts from the URL and draws the page afresh.
// Rendering as a transition keeps the page responsive: React works in slices.
const built = prerenderedRoot()?.dataset.prerendered === normalizePath(location.pathname);
if (built && (await loadAllData(queryClient))) {
  useFiltersStore.getState().startAt(parseUrl(location.pathname, ''));
  startTransition(() => void hydrateRoot(container, app(true)));
} else {
  takeOver();
  startTransition(() => createRoot(container).render(app(false)));
}
