import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** Every page records console errors, uncaught errors and requests to other origins; each test checks them. */
export const test = base.extend<{ watch: { errors: string[]; foreign: string[] } }>({
  watch: async ({ page, baseURL }, use) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(req.url());
    });
    await use({ errors, foreign });
  },
});

export { expect };

/**
 * Holds the app's code back: until the returned function is called, the page is the build-time
 * HTML, which the app has not taken over yet.
 */
export async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/main-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * What a theme can change: colours (contrast, links told apart from text) and, in the projector
 * theme, the size of type (a region that starts to scroll must take the focus).
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable'];

/** The WCAG rules and axe's best practices (landmarks with names of their own, one main, …). */
export const ALL_TAGS = [...WCAG_TAGS, 'best-practice'];

/** axe-core's browser build, put into a page once per document (see axeViolations). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe over the page (or the part `include` selects) with the WCAG 2.1 A/AA rules, or the rules or tags
 * asked for; returns violations as readable lines. Axe is evaluated in the page once per document and
 * run there: @axe-core/playwright's analyze() evaluated it again on every call and finished each run in
 * a page of its own, about 1 s a call against 0.1 s (19 slides: 18.8 s against 1.7 s).
 */
export async function axeViolations(page: Page, only: { rules: readonly string[] } | { tags: readonly string[] } = { tags: WCAG_TAGS }, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly: RunOptions['runOnly'] = 'rules' in only ? { type: 'rule', values: [...only.rules] } : { type: 'tag', values: [...only.tags] };
  const violations = await page.evaluate(
    async ({ runOnly, include }) => {
      const { axe } = window as unknown as { axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } };
      const results = await axe.run(include ? { include: [include] } : document, { runOnly });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    },
    { runOnly, include },
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

/** Wait until the datasets have loaded and the view has rendered. */
export async function ready(page: Page) {
  await expect(page.getByRole('main')).toBeVisible();
  // The app has taken over the prerendered HTML (or drawn afresh over it).
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.getByText(/Caricamento dei dati|Loading data/)).toHaveCount(0);
}

/**
 * Draws whatever the page still holds back (panels that come one per frame, charts far below the
 * screen) through the app's own path for printing, and waits until their code has arrived: the
 * whole page, as a reader who goes through all of it meets it.
 */
export async function everythingDrawn(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * The source a tile writes out where its "Fonte" button cannot open it (print, a page without
 * scripts): the line the reader sees, or '' if none shows.
 */
export async function writtenSource(tile: Locator): Promise<string> {
  return tile.locator('.source-badge').first().evaluate((badge) => {
    const after = getComputedStyle(badge, '::after');
    if (!badge.checkVisibility() || after.display === 'none' || after.content === 'none') return '';
    // One CSS string or several in a row (attr() and the words between).
    return (after.content.match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((part) => JSON.parse(part) as string).join('');
  });
}
