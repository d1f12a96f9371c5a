import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Tells src/app/boot.ts which data files every first visit needs: the manifest and every dataset
 * it lists (the filters need them all). Read from public/data/manifest.json at build time, so a
 * new dataset is preloaded without touching code.
 *
 * The HTML itself preloads nothing: a request that starts before the first paint competes with the
 * stylesheet on a slow link (and Lighthouse counts it in the first paint's critical path), while
 * the page shows its prerendered first screen without any of them. boot.ts asks for them one frame later.
 */
export function firstScreenData(): Plugin {
  return {
    name: 'cruscotto-first-screen-data',
    config() {
      const manifest = JSON.parse(readFileSync(join(process.cwd(), 'public/data/manifest.json'), 'utf8')) as { datasets: { file: string }[] };
      const files = ['manifest.json', ...manifest.datasets.map((d) => d.file)];
      return { define: { __FIRST_SCREEN_DATA__: JSON.stringify(files) } };
    },
  };
}
