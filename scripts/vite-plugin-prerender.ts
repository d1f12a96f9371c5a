import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { appendRules, escapeHtml, stylesToClasses } from './csp-styles.ts';

/**
 * After the build, renders each view with its data (src/app/prerender.tsx) into its own HTML file
 * — dist/index.html for the overview, dist/associati.html for /associati, … — so the page paints
 * with the HTML instead of after the code and the data have downloaded and run, and the app then
 * takes it over (src/app/main.tsx). Web servers map /associati to associati.html (vite
 * preview does; see README for nginx).
 * Style attributes, which the Content-Security-Policy forbids, become classes (scripts/csp-styles.ts).
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
        const { prerender } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { prerender: (path: string, dataDir: string) => Promise<{ html: string; title: string }> };
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const slot = /<div id="root">[\s\S]*?<\/div>/;
        if (!slot.test(template)) throw new Error('prerender: no <div id="root"> in index.html');
        const styles = new Map<string, string>();
        const pages = new Map<string, string>();
        for (const path of Object.values(paths) as string[]) {
          const { html, title } = await prerender(path, join(outDir, 'data'));
          // The first paint waits for the view's lead (where supported): the largest text is in it.
          const lead = /<p class="lead" id="([^"]+)"/.exec(html)?.[1];
          const expect = lead ? `<link rel="expect" href="#${escapeHtml(lead)}" blocking="render">\n  ` : '';
          const page = template
            .replace(slot, () => `<div id="root" data-prerendered="${escapeHtml(path)}">${stylesToClasses(html, styles)}</div>`)
            .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
            .replace('</head>', () => `  ${expect}</head>`);
          pages.set(path === '/' ? 'index.html' : `${path.slice(1)}.html`, page);
        }
        const [oldCss, newCss] = appendRules(outDir, template, styles);
        for (const [file, page] of pages) writeFileSync(join(outDir, file), page.replaceAll(oldCss, newCss));
      } finally {
        await server.close();
      }
    },
  };
}
