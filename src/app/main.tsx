import './url-params';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { useFiltersStore } from '../store/filters-store';
import { startUrlSync } from '../store/url-sync';
import { normalizePath } from '../lib/views';
import { App } from './app';
import { adoptCurrentAsInitialState, applyEarlyChoices, loadAllData, showsPrerenderedState } from './first-screen';
import { Providers, queryClient } from './providers';
import './styles.css';

startUrlSync();

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>
);

/** Draw the app over whatever the HTML shows, as a transition (in slices that leave the page responsive). */
function render() {
  const root = createRoot(container);
  startTransition(() => root.render(app));
}

// The built HTML shows this view with its data under the default choices (src/app/first-screen.ts).
// In that same state, take it over once the same data is in the cache: nothing is drawn or laid out
// again. Otherwise (other choices, a file that failed, an unknown path served the overview's page,
// the dev server's empty page) draw afresh.
if (container.dataset.prerendered === normalizePath(location.pathname) && showsPrerenderedState(useFiltersStore.getState(), location.pathname)) {
  void loadAllData(queryClient).then((ok) => {
    // A choice made on the page while its data loaded makes it another state: drawn afresh.
    applyEarlyChoices();
    if (!ok || !showsPrerenderedState(useFiltersStore.getState(), location.pathname)) return render();
    adoptCurrentAsInitialState();
    // As a transition, hydration renders in slices too (otherwise it is one blocking task).
    startTransition(() => {
      hydrateRoot(container, app);
    });
  });
} else {
  applyEarlyChoices();
  render();
}
