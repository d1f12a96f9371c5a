import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The Content-Security-Policy forbids style attributes in HTML (style-src 'self'), and a few
 * prerendered elements size themselves with one (a chart's reserved height, a bar's width). Each
 * such style becomes a class, whose rule is appended to the app's stylesheet (renamed by its new
 * content). Used by scripts/vite-plugin-prerender.ts.
 */

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
export function appendRules(outDir: string, template: string, styles: Map<string, string>): [string, string] {
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

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" })[e]!);
}
