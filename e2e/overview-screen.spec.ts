import { expect, ready, test } from './fixtures';

/** Whose figure a tile says it is ("Assolombarda · 2020"), in either language. */
const WHOSE = /(Assolombarda|Assolombarda Servizi|Camera di commercio|Chamber of commerce|Comune di Milano|City of Milan|Confindustria Lombardia) · \d{4}/;

interface Layout {
  tiles: number;
  /** Share of the screen's width the tiles span. */
  widthShare: number;
  /** Tiles wholly on the first screen. */
  aboveFold: number;
  /** Tiles of one row of the grid that differ in height, in px. */
  rowHeightSpread: number;
  rootFontPx: number;
  texts: string[];
}

function measure(): Layout {
  const tiles = [...document.querySelectorAll<HTMLElement>('main article.kpi')];
  const boxes = tiles.map((t) => t.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const right = Math.max(...boxes.map((b) => b.right));
  const rows = new Map<number, number[]>();
  for (const b of boxes) rows.set(Math.round(b.top), [...(rows.get(Math.round(b.top)) ?? []), b.height]);
  const rowHeightSpread = Math.max(...[...rows.values()].map((hs) => Math.max(...hs) - Math.min(...hs)));
  return {
    tiles: tiles.length,
    widthShare: (right - left) / innerWidth,
    aboveFold: boxes.filter((b) => b.bottom <= innerHeight).length,
    rowHeightSpread,
    rootFontPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
    texts: tiles.map((t) => t.textContent ?? ''),
  };
}

for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`at ${width}×${height} the overview is a one-screen summary: the tiles use the width, 16 or more show at once, each says whose figure it is`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await ready(page);
    const layout = await page.evaluate(measure);
    expect(layout.tiles).toBeGreaterThanOrEqual(16);
    expect(layout.widthShare).toBeGreaterThanOrEqual(0.9);
    expect(layout.aboveFold).toBeGreaterThanOrEqual(16);
    expect(layout.rowHeightSpread).toBeLessThanOrEqual(1);
    for (const text of layout.texts) expect(text).toMatch(WHOSE);
    // The 4K screen shows the same layout at twice the size.
    if (width === 3840) expect(layout.rootFontPx).toBe(32);
  });
}

test('in English every overview tile names its organisation too', async ({ page }) => {
  await page.goto('/?lingua=en');
  await ready(page);
  const texts = await page.locator('main article.kpi').allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(16);
  for (const text of texts) expect(text).toMatch(WHOSE);
});
