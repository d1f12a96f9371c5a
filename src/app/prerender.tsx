import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerender as renderStatic } from 'react-dom/static';
import { StrictMode } from 'react';
import { seedData } from '../data/seed';
import { useFiltersStore } from '../store/filters-store';
import { parseUrl } from '../store/url-state';
import { App } from './app';
import { shellMessages } from '../lib/shell-messages';
import { createQueryClient, Providers } from './providers';

/**
 * Build-time render of a view (scripts/vite-plugin-prerender.ts writes it into that path's HTML):
 * the header, the navigation and the view with its data appear with the HTML itself, before any
 * script has run. Default choices only (Italian, no filters); main.tsx hydrates that same state,
 * then applies the URL.
 */
export async function prerender(pathname: string, dataDir: string): Promise<{ html: string; title: string }> {
  const parsed = parseUrl(pathname, '');
  useFiltersStore.getState().startAt(parsed);
  const { state, notFound } = parsed;
  const client = createQueryClient();
  seedData(client, (file) => readFileSync(join(dataDir, file), 'utf8'));
  const { prelude } = await renderStatic(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>,
    // One piece: React otherwise moves large parts to the end of the page, revealed by inline scripts the CSP forbids.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const t = shellMessages.it;
  return { html: await new Response(prelude).text(), title: notFound ? t.product : `${t.views[state.view]} · ${t.product}` };
}
