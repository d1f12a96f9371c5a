import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Starts the first screen's requests with the HTML instead of after the code has run: the data
 * manifest and every dataset it lists (the filters need them all) as fetch preloads, and the
 * app's code as a module preload. Read from public/data/manifest.json, so a new dataset is
 * preloaded without touching index.html.
 */
/** Lazy chunks every first visit needs: the app itself (src/app/boot.ts starts it after the first paint).
 * Each page's own view chunk is preloaded by scripts/vite-plugin-prerender.ts, which writes the pages. */
const FIRST_SCREEN_CHUNKS = ['main'];

export function preloadFirstScreen(): Plugin {
  return {
    name: 'cruscotto-preload',
    transformIndexHtml: {
      order: 'post',
      handler(_, ctx) {
        const manifest = JSON.parse(readFileSync(join(process.cwd(), 'public/data/manifest.json'), 'utf8')) as { datasets: { file: string }[] };
        const data = ['manifest.json', ...manifest.datasets.map((d) => d.file)];
        const tags: HtmlTagDescriptor[] = data.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        }));
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type === 'chunk' && FIRST_SCREEN_CHUNKS.includes(chunk.name)) {
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', href: `/${chunk.fileName}`, crossorigin: '' }, injectTo: 'head' });
          }
        }
        return tags;
      },
    },
  };
}
