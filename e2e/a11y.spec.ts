import { ALL_TAGS, THEME_RULES, axeViolations, everythingDrawn, expect, ready, test } from './fixtures';

const VIEWS = ['/', '/associati', '/comunicazione', '/performance', '/lavoro', '/covid', '/fonti', '/pagina-inesistente'];
const LANGS = ['it', 'en'] as const;

// The themes differ only in their CSS variables (colours, and the projector's larger type): every
// WCAG rule and axe's best practices in the light theme, then in the dark and projector themes the
// rules a theme can break (the slides' axe test does the same). Each theme is opened from a link,
// as a meeting room does, and the page is scanned whole, with what it draws later.
const THEMES = [
  ['light', { tags: ALL_TAGS }],
  ['dark', { rules: THEME_RULES }],
  ['projector', { rules: THEME_RULES }],
] as const;

// One test per view and language: the three themes in one browser context, whose cache makes the
// second and third page quick (with a context per theme this spec took 2.3 minutes here, not 1.7).
for (const path of VIEWS) {
  for (const lang of LANGS) {
    test(`${path} passes axe (WCAG 2.1 A/AA and best practices) — ${lang}, in the light, dark and projector themes`, async ({ page, watch }) => {
      test.setTimeout(90_000);
      const found: string[] = [];
      for (const [theme, only] of THEMES) {
        await page.goto(`${path}?lingua=${lang}&tema=${theme}`);
        await ready(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await everythingDrawn(page);
        found.push(...(await axeViolations(page, only)).map((v) => `${theme}: ${v}`));
      }
      expect(found).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });
  }
}

// The helper every axe test relies on: it must report what it finds, only in the part it is given, and
// work again in a new document.
test('the axe helper reports a violation where there is one, and only there', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => {
    const p = Object.assign(document.createElement('p'), { id: 'grey-on-grey', textContent: 'Testo poco leggibile' });
    Object.assign(p.style, { color: '#999', background: '#aaa' });
    document.getElementById('main')!.prepend(p);
  });
  expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual([expect.stringMatching(/^color-contrast \(serious\): #grey-on-grey$/)]);
  expect(await axeViolations(page, { rules: ['color-contrast'] }, '.app-header')).toEqual([]);
  await page.reload();
  await ready(page);
  expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual([]);
});

test('on a 360 px phone the filters fold into a panel and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of VIEWS.slice(0, 7)) {
    await page.goto(path);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/');
  await ready(page);
  await expect(page.getByLabel('Anno')).toBeHidden();
  await page.getByRole('button', { name: /Filtri/ }).click();
  await page.getByLabel('Anno').selectOption('2020');
  await expect(page.getByRole('button', { name: /Filtri \(1\)/ })).toHaveAttribute('aria-expanded', 'true');
});

test('text scales with browser zoom to 200% without sideways scrolling', async ({ page }) => {
  // 200% zoom of a 1280 px window is a 640 px layout with doubled text.
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto('/');
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
