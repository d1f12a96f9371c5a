import './url-params';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerender as renderStatic } from 'react-dom/static';
import { StrictMode } from 'react';
import { parseJson } from '../data/fetch-json';
import { seedData } from '../data/queries';
import type { Dataset } from '../data/schema';
import { SCHEMAS } from '../data/validate-protocol';
import { useFiltersStore } from '../store/filters-store';
import { parseUrl } from '../store/url-state';
import { App } from './app';
import { shellMessages } from '../lib/shell-messages';
import { createQueryClient, Providers } from './providers';

/** The bundled data, checked by the same schemas as in the browser. */
function readData(dir: string) {
  const text = (file: string) => readFileSync(join(dir, file), 'utf8');
  const manifest = parseJson(text('manifest.json'), SCHEMAS.manifest, 'manifest.json');
  const datasets = new Map<string, Dataset>(manifest.datasets.map((d) => [d.file, parseJson(text(d.file), SCHEMAS.dataset, d.file)]));
  return { manifest, datasets };
}

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
  const { manifest, datasets } = readData(dataDir);
  seedData(client, manifest, datasets);
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
