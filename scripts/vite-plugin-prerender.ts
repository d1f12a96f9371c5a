import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';

/**
 * After the build, renders each view's first screen (src/app/prerender.tsx) into its own HTML file
 * — dist/index.html for the overview, dist/associati.html for /associati, … — so the title and
 * lead paint with the HTML instead of after the code has downloaded and run (Largest Contentful
 * Paint). Web servers map /associati to associati.html (vite preview does; see README for nginx).
 */
export function prerenderViews<V extends string>(paths: Record<V, string>): Plugin {
  let outDir = 'dist';
  return {
    name: 'cruscotto-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
      try {
        const { prerender } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { prerender: (path: string) => Promise<{ html: string; title: string }> };
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const slot = /<div id="root">[\s\S]*?<\/div>/;
        if (!slot.test(template)) throw new Error('prerender: no <div id="root"> in index.html');
        for (const path of Object.values(paths) as string[]) {
          const { html, title } = await prerender(path);
          const page = template
            .replace(slot, () => `<div id="root">${html}</div>`)
            .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
          writeFileSync(join(outDir, path === '/' ? 'index.html' : `${path.slice(1)}.html`), page);
        }
      } finally {
        await server.close();
      }
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
