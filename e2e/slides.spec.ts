import type { Page } from '@playwright/test';
import { axeViolations, expect, test, WCAG_TAGS } from './fixtures';

/** The decks a meeting runs: the meeting deck (overview, members, communication, performance) and the other views'. */
const DECKS = ['/?presenta=1&mazzo=riunione', '/lavoro?presenta=1', '/covid?presenta=1', '/fonti?presenta=1'];
const SCREENS = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const;

interface SlideReport {
  slide: string;
  /** Elements drawn outside the slide or the screen. */
  outside: string[];
  /** Content taller or wider than the stage (it would scroll or be cut). */
  overflow: boolean;
  /** Charts and tables, and how many of them are drawn (an SVG or rows). */
  charts: number;
  drawn: number;
  /** Smallest text on the slide as drawn on the screen, px. */
  smallestText: number;
  smallestWhat: string;
  /** Buttons, fields and links on the slide itself (the control bar is not part of it). */
  controls: string[];
  /** Elements drawn over the edge of the slide's panel. */
  spills: string[];
  /** Words drawn on two lines ("visualizzazion-i", "15-/24enni"). */
  brokenWords: string[];
}

/** Measures the slide on screen: what the room sees, not what the DOM holds. */
function measureSlide(): SlideReport {
  const slide = document.querySelector<HTMLElement>('.presentation-slide');
  const stage = document.querySelector<HTMLElement>('.presentation-stage')!;
  const canvas = document.querySelector<HTMLElement>('.slide-canvas')!;
  const scale = canvas.getBoundingClientRect().width / canvas.offsetWidth;
  const box = stage.getBoundingClientRect();
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    const cs = getComputedStyle(e);
    return r.width > 1 && r.height > 1 && cs.visibility !== 'hidden' && cs.display !== 'none' && !e.closest('.sr-only');
  };
  const name = (e: Element) => `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').split(' ')[0]} «${(e.textContent ?? '').trim().slice(0, 40)}»`;
  const all = slide ? [...slide.querySelectorAll('*')].filter(visible) : [];
  const outside = all
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return r.top < box.top - 1 || r.left < box.left - 1 || r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1;
    })
    .map(name);
  // Drawn over the edge of the slide's panel (a source line across its border).
  const panel = slide?.firstElementChild?.getBoundingClientRect();
  const spills = panel ? all.filter((e) => e.getBoundingClientRect().bottom > panel.bottom + 1 || e.getBoundingClientRect().right > panel.right + 1).map(name) : [];
  const charts = slide ? [...slide.querySelectorAll('.chart-body, table')] : [];
  const drawn = charts.filter((c) => (c.tagName === 'TABLE' ? c.querySelectorAll('tr').length > 1 : !!c.querySelector('svg.recharts-surface:not(.recharts-legend-icon), svg.bar-rows-surface'))).length;
  let smallestText = Infinity;
  let smallestWhat = '';
  for (const e of all) {
    const ownText = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText) continue;
    const px = parseFloat(getComputedStyle(e).fontSize) * scale;
    if (px < smallestText) {
      smallestText = px;
      smallestWhat = name(e);
    }
  }
  const controls = slide ? [...slide.querySelectorAll('button, select, input, textarea, a[href], [role="button"]')].map(name) : [];
  const brokenWords: string[] = [];
  const walker = document.createTreeWalker(slide ?? document.createElement('div'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (el.closest('svg') || !visible(el)) continue;
    for (const m of (n.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) brokenWords.push(m[0]);
    }
  }
  return {
    slide: slide?.dataset.slide ?? '(none)',
    outside: outside.slice(0, 5),
    overflow: stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1 || (!!slide && slide.scrollHeight > slide.clientHeight + 1),
    charts: charts.length,
    drawn,
    smallestText,
    smallestWhat,
    controls,
    spills: spills.slice(0, 3),
    brokenWords,
  };
}

/** The deck's slide count, from the banner ("Diapositiva 1 di 18"). */
async function slideCount(page: Page): Promise<number> {
  const where = page.locator('.presentation-where');
  await expect(where).toContainText(/Diapositiva 1 di \d+/, { timeout: 20_000 });
  return Number((await where.textContent())!.match(/di (\d+)/)![1]);
}

/** Waits until the slide canvas has taken the screen's new size (it fills its width or its height). */
async function canvasFitted(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const r = document.querySelector('.slide-canvas')!.getBoundingClientRect();
        return Math.abs(r.width - innerWidth) < 1 || Math.abs(r.height - innerHeight) < 1;
      }),
    )
    .toBe(true);
}

/**
 * Waits until every chart of the slide has drawn (charts mount one per task, after their code loads)
 * at the size its slide gives it (a chart follows its box's size one frame later).
 */
async function chartsDrawn(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.presentation-slide .chart-plot')].every((plot) => {
            // A recharts chart, or the communication view's plain-SVG bars (BarRows), filling the room its legend leaves.
            const chart = plot.querySelector<HTMLElement>('.recharts-wrapper, .bar-rows-chart');
            return !!chart?.querySelector('svg.recharts-surface, svg.bar-rows-surface') && Math.abs(chart.offsetHeight - plot.offsetHeight) <= 1;
          }),
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
}

test.use({ reducedMotion: 'reduce' });

for (const deck of DECKS) {
  test(`every slide of ${deck} fits 4:3 and 16:9 screens from 1024×768 to 3840×2160, large enough to read, with no controls, no word broken, nothing over its edge`, async ({ page, watch }) => {
    test.setTimeout(120_000);
    await page.goto(`${deck}&tema=projector`);
    const total = await slideCount(page);
    expect(total).toBeGreaterThan(3);
    const problems: string[] = [];
    for (let n = 1; n <= total; n++) {
      await expect(page.locator('.presentation-where')).toContainText(`Diapositiva ${n} di ${total}`);
      for (const [width, height] of SCREENS) {
        await page.setViewportSize({ width, height });
        await canvasFitted(page);
        await chartsDrawn(page);
        // On a 1080p screen no text under 20 px; on other screens the same in proportion.
        const minText = 20 * Math.min(width / 1920, height / 1080) - 0.25;
        const r = await page.evaluate(measureSlide);
        const where = `${width}×${height} slide ${n} (${r.slide})`;
        if (r.outside.length) problems.push(`${where}: outside the screen: ${r.outside.join(', ')}`);
        if (r.overflow) problems.push(`${where}: content taller or wider than the slide`);
        if (r.drawn < r.charts) problems.push(`${where}: ${r.charts - r.drawn} of ${r.charts} charts not drawn`);
        if (r.smallestText < minText) problems.push(`${where}: text of ${r.smallestText.toFixed(1)} px (${r.smallestWhat})`);
        if (r.controls.length) problems.push(`${where}: controls on the slide: ${r.controls.slice(0, 3).join(', ')}`);
        if (r.spills.length) problems.push(`${where}: over the edge of its panel: ${r.spills.join(', ')}`);
        if (r.brokenWords.length) problems.push(`${where}: words broken in two: ${r.brokenWords.slice(0, 3).join(', ')}`);
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(problems).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
}

test('a 4K screen shows the same slide as a 1080p one, twice as large', async ({ page }) => {
  const sizes: number[][] = [];
  for (const [width, height] of [[1920, 1080], [3840, 2160]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/?presenta=1&mazzo=riunione&slide=4&tema=projector');
    await expect(page.locator('.presentation-slide h2')).toBeVisible();
    await chartsDrawn(page);
    sizes.push(await page.evaluate(() => [document.querySelector('.presentation-slide h2')!.getBoundingClientRect().height, document.querySelector('.slide-canvas')!.getBoundingClientRect().width]));
  }
  expect(sizes[1]![0]! / sizes[0]![0]!).toBeCloseTo(2, 1);
  expect(sizes[1]![1]).toBe(3840);
});

test('the deck opens with a title slide naming the organisations, the filters and the data’s date', async ({ page }) => {
  await page.goto('/?presenta=1&mazzo=riunione&anno=2019');
  const title = page.locator('.title-slide');
  await expect(title.getByRole('heading', { name: 'Riunione' })).toBeVisible();
  // 2019: the chamber's report, and Assolombarda's comparison figures for the year before 2020.
  await expect(title.getByRole('list', { name: 'Enti' })).toContainText('Camera di Commercio di Milano Monza Brianza Lodi');
  await expect(title).toContainText('Anno 2019');
  await expect(title).toContainText(/Dati aggiornati al \d+ \w+ \d{4}/);
});

test('the controls leave the screen while presenting, stay away as the keys move on, and come back with the mouse or Tab; ? lists the keys', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?presenta=1&mazzo=riunione&slide=2');
  const controls = page.getByRole('navigation', { name: 'Comandi della presentazione' });
  const onScreen = () => controls.evaluate((e) => e.getBoundingClientRect().top < innerHeight - 2 && getComputedStyle(e).opacity !== '0');
  await expect.poll(onScreen).toBe(true);
  await page.clock.runFor(3000);
  await expect.poll(onScreen).toBe(false);
  await page.mouse.move(200, 200);
  await expect.poll(onScreen).toBe(true);
  await page.clock.runFor(3000);
  await expect.poll(onScreen).toBe(false);
  // Moving on with the keys: the room sees the next slide whole, with no bar over its foot.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('region', { name: 'Presentazione' })).toContainText('Diapositiva 3 di');
  await page.clock.runFor(300);
  await expect.poll(onScreen).toBe(false);
  await page.keyboard.press('Tab');
  await expect.poll(onScreen).toBe(true);
  // It stays while the keyboard is in it.
  await page.clock.runFor(3000);
  await expect.poll(onScreen).toBe(true);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Auto-advance: nothing but the slide and its banner.
  await page.keyboard.press('a');
  await page.clock.runFor(300);
  await expect.poll(onScreen).toBe(false);
  await page.keyboard.press('a');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Tasti della presentazione' });
  await expect(help).toContainText('diapositiva successiva');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  // Esc closed the list of keys, not the presentation.
  await expect(page.getByRole('region', { name: 'Presentazione' })).toBeVisible();
});

test('?schermo=tv is the overview’s summary, full screen, following the filters', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?schermo=tv&tema=projector');
  const slide = page.locator('.presentation-slide');
  await expect(slide.locator('.ov-summary')).toBeVisible();
  await expect(page.locator('.presentation-where')).toContainText('Diapositiva 1 di 1');
  const tiles = await slide.locator('.kpi').count();
  expect(tiles).toBeGreaterThanOrEqual(16);
  await page.goto('/?schermo=tv&anno=2019');
  await expect(page.locator('.presentation-filters')).toContainText('2019');
  await expect.poll(() => slide.locator('.kpi').count()).toBeLessThan(tiles);
});

test('a chart with a legend draws its bars at the same size on every screen: the 4K slide is the 720p one, larger', async ({ page }) => {
  // The performance deck's outcomes slide: a stacked bar chart with its legend above it.
  const heights: number[] = [];
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const [width, height] of [[1280, 720], [3840, 2160]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/performance?presenta=1&slide=5&tema=projector');
    await expect(page.locator('.presentation-where')).toContainText('Diapositiva 5 di');
    await canvasFitted(page);
    await chartsDrawn(page);
    // The bars' height on the slide's own canvas (screen pixels divided by the slide's scale).
    heights.push(
      await page.evaluate(() => {
        const canvas = document.querySelector<HTMLElement>('.slide-canvas')!;
        const scale = canvas.getBoundingClientRect().width / canvas.offsetWidth;
        return document.querySelector('.presentation-slide .recharts-bar-rectangles')!.getBoundingClientRect().height / scale;
      }),
    );
  }
  expect(heights[1]).toBeCloseTo(heights[0]!, 0);
});

// Themes differ in colour only: every WCAG rule in the projector theme, the contrast rule in the others.
for (const [theme, rules] of [['projector', null], ['light', ['color-contrast']], ['dark', ['color-contrast']]] as const) {
  test(`axe finds nothing on any slide of the meeting deck in the ${theme} theme${rules ? ' (contrast)' : ''}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/?presenta=1&mazzo=riunione&tema=${theme}`);
    const total = await slideCount(page);
    const found: string[] = [];
    for (let n = 1; n <= total; n++) {
      await expect(page.locator('.presentation-where')).toContainText(`Diapositiva ${n} di ${total}`);
      await chartsDrawn(page);
      found.push(...(await axeViolations(page, rules ? { rules } : { tags: WCAG_TAGS }, '.presentation')).map((v) => `slide ${n}: ${v}`));
      await page.keyboard.press('ArrowRight');
    }
    expect(found).toEqual([]);
  });
}
