import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';

/**
 * After the build, renders each view with its data (src/app/prerender.tsx) into its own HTML file
 * — dist/index.html for the overview, dist/associati.html for /associati, … — so the page paints
 * with the HTML instead of after the code and the data have downloaded and run, and the app then
 * takes it over (src/app/main.tsx). Web servers map /associati to associati.html (vite
 * preview does; see README for nginx).
 *
 * The Content-Security-Policy forbids style attributes in HTML (style-src 'self'), and a few
 * elements size themselves with one (a chart's reserved height, a bar's width). Each such style
 * becomes a class, whose rule is appended to the app's stylesheet (renamed by its new content).
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
          const page = template
            .replace(slot, () => `<div id="root" data-prerendered="${escapeHtml(path)}">${stylesToClasses(html, styles)}</div>`)
            .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
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

/** Replaces every style attribute of the rendered HTML by a class (`pr-<n>`, one per distinct style). */
export function stylesToClasses(html: string, styles: Map<string, string>): string {
  // React escapes ">" in attribute values, so a start tag ends at the first ">".
  return html.replace(/<[a-zA-Z][^>]*\sstyle="[^"]*"[^>]*>/g, (tag) => {
    const style = /\sstyle="([^"]*)"/.exec(tag)![1]!;
    let name = styles.get(style);
    if (!name) styles.set(style, (name = `pr-${styles.size}`));
    const bare = tag.replace(/\sstyle="[^"]*"/, '');
    return /\sclass="/.test(bare) ? bare.replace(/\sclass="([^"]*)"/, (_, c: string) => ` class="${c} ${name}"`) : bare.replace(/^<[a-zA-Z][\w-]*/, (open) => `${open} class="${name}"`);
  });
}

/** Appends the classes' rules to the stylesheet the HTML links; returns its old and new paths. */
function appendRules(outDir: string, template: string, styles: Map<string, string>): [string, string] {
  const href = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"/.exec(template)?.[1];
  if (!href) throw new Error('prerender: no stylesheet linked in index.html');
  if (!styles.size) return [href, href];
  const rules = [...styles].map(([style, name]) => `.${name}{${unescapeHtml(style)}}`).join('\n');
  const css = `${readFileSync(join(outDir, href), 'utf8')}\n/* Sizes of the prerendered pages (scripts/vite-plugin-prerender.ts) */\n${rules}\n`;
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  const next = href.replace(/-[\w-]+\.css$/, `-${hash}.css`);
  unlinkSync(join(outDir, href));
  writeFileSync(join(outDir, next), css);
  return [href, next];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" })[e]!);
}
