import { prerender as renderStatic } from 'react-dom/static';
import { StrictMode } from 'react';
import { useFiltersStore } from '../store/filters-store';
import { parseUrl } from '../store/url-state';
import { App } from './app';
import { shellMessages } from './messages';
import { createQueryClient, Providers } from './providers';

/**
 * Build-time render of a view's first screen (scripts/vite-plugin-prerender.ts writes it into that
 * path's HTML): the header, the navigation, the view's title and lead and its loading state appear
 * with the HTML itself, before any script has run. The app then renders the same screen over it
 * and goes on as usual. Default choices only (Italian, no filters): a link with other choices
 * shows them as soon as the script runs.
 */
export async function prerender(pathname: string): Promise<{ html: string; title: string }> {
  const { state, rejected, notFound } = parseUrl(pathname, '');
  // zustand renders a store's initial state on a server: make it this path's state (this runs at
  // build time, in a process of its own).
  Object.assign(useFiltersStore.getInitialState(), { ...state, rejected, notFound });
  const { prelude } = await renderStatic(
    <StrictMode>
      <Providers client={createQueryClient()}>
        <App />
      </Providers>
    </StrictMode>,
  );
  const t = shellMessages.it;
  return { html: await new Response(prelude).text(), title: notFound ? t.product : `${t.views[state.view]} · ${t.product}` };
}
