import { axeViolations, expect, holdAppCode, ready, test, writtenSource } from './fixtures';

test('opens the overview with real figures, no console error and no foreign request', async ({ page, watch }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Panoramica' })).toBeVisible();
  const members = page.getByRole('article', { name: 'Imprese associate', exact: true });
  await expect(members).toContainText('6.796');
  await expect(members).toContainText('2020');
  const source = members.getByText(/^Relazione dell.attività 2020/);
  await expect(source).toBeHidden();
  await members.getByRole('button', { name: 'Fonte' }).click();
  await expect(source).toBeVisible();
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('the year filter lives in the URL, survives a reload and Back undoes it', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel('Anno').selectOption('2019');
  await expect(page).toHaveURL(/\?anno=2019$/);
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Anno')).toHaveValue('2019');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel('Anno')).toHaveValue('');
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toBeVisible();
});

test('a filter change asks the server for nothing, not even the tab’s icon again', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const asked: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith('data:')) asked.push(req.url());
  });
  for (const year of ['2019', '', '2020', '']) {
    await page.getByLabel('Anno').selectOption(year);
    await expect(page).toHaveURL(year ? new RegExp(`\\?anno=${year}$`) : /\/$/);
  }
  // Chromium fetches a page's icon again a few milliseconds after each change of the address:
  // give it a generous moment to do so before saying it did not.
  await page.waitForTimeout(500);
  expect(asked).toEqual([]);
});

test('a year without data says so and offers the nearest year', async ({ page }) => {
  await page.goto('/?anno=2015');
  await ready(page);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toBeVisible();
  await page.getByRole('button', { name: 'Mostra il 2017' }).click();
  await expect(page).toHaveURL(/anno=2017/);
});

test('bad URL parameters fall back to defaults with a notice', async ({ page }) => {
  await page.goto('/?anno=abc&area=meteo');
  await ready(page);
  await expect(page.getByRole('status').filter({ hasText: 'non sono validi' })).toContainText('anno=abc');
  await expect(page.getByLabel('Anno')).toHaveValue('');
});

test('navigation links are real links to bookmarkable views; unknown paths get a way back', async ({ page }) => {
  await page.goto('/?anno=2020');
  await ready(page);
  const link = page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Associati' });
  await expect(link).toHaveAttribute('href', '/associati?anno=2020');
  await link.click();
  await expect(page).toHaveURL(/\/associati\?anno=2020$/);
  await page.goto('/pagina-inesistente');
  await expect(page.getByRole('heading', { name: 'Pagina non trovata' })).toBeVisible();
  await page.getByRole('link', { name: 'Torna alla panoramica' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panoramica' })).toBeVisible();
});

test('the shell passes axe (WCAG 2.1 A/AA)', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('every view’s first screen is in its HTML: it paints before any script has run', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const views: [string, string][] = [['/', 'Panoramica'], ['/associati', 'Associati'], ['/comunicazione', 'Comunicazione e social'], ['/performance', 'Performance'], ['/lavoro', 'Lavoro e territorio'], ['/covid', 'Risposta Covid-19'], ['/fonti', 'Fonti e qualità dei dati']];
  for (const [path, label] of views) {
    await page.goto(path);
    await expect(page).toHaveTitle(`${label} · Cruscotto`);
    await expect(page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(label);
    await expect(page.locator('p.lead')).not.toBeEmpty();
    // With its data: the first panels are there, with their figures and sources.
    await expect(page.locator('[data-panel]').first()).toBeVisible();
  }
  await page.goto('/');
  const members = page.getByRole('article', { name: 'Imprese associate', exact: true });
  await expect(members).toContainText('6.796');
  // No button can open a source without scripts: /noscript.css writes each one out instead.
  await expect(members.getByRole('button', { name: 'Fonte' })).toBeHidden();
  expect(await writtenSource(members)).toMatch(/^Fonte: Relazione dell.attività 2020 — Assolombarda · Sezione: 1 \| Gli associati · Etichetta originale: «imprese associate»$/);
  await context.close();
});

test('the app takes over each view’s HTML as it is, then shows a shared link’s choices', async ({ page, watch }) => {
  // Elements of the HTML as parsed, before any script: hydration keeps them, a fresh render would replace them.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { parsed: Element[] }).parsed = [document.querySelector('h1')!, document.querySelector('[data-panel]')!];
    });
  });
  const kept = () => page.evaluate(() => (window as unknown as { parsed: Element[] }).parsed.map((e) => e.isConnected));
  for (const path of ['/', '/associati', '/comunicazione', '/performance', '/lavoro', '/covid', '/fonti']) {
    await page.goto(path);
    await ready(page);
    // Interactive: the filter works on the page that was taken over.
    await expect.poll(kept, path).toEqual([true, true]);
  }
  await page.getByLabel('Anno').selectOption('2020');
  await expect(page).toHaveURL(/anno=2020/);
  // A link with a filter: the HTML is taken over as built, then the link's choices applied to it.
  await page.goto('/?anno=2019');
  await ready(page);
  await expect(page.getByLabel('Anno')).toHaveValue('2019');
  await expect.poll(kept).toEqual([true, true]);
  // The members' tile has no 2019 figure: the prerendered 2020 one is gone.
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});

test('choices made on the prerendered page before the app runs it are kept', async ({ page, watch }) => {
  // The page is the build-time HTML, whose selects do nothing yet.
  const release = await holdAppCode(page);
  await page.goto('/');
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.796');
  await page.getByLabel('Anno').selectOption('2019');
  await page.getByLabel('Tema').selectOption('projector');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  release();
  await ready(page);
  await expect(page).toHaveURL(/\?anno=2019&tema=projector$/);
  await expect(page.getByLabel('Anno')).toHaveValue('2019');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toHaveCount(0);
  // One history entry, as a change made in the running app: Back undoes it.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel('Anno')).toHaveValue('');
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.796');
  expect(watch.errors).toEqual([]);
});

test('a link with choices never shows the HTML’s other figures; a start that fails says so', async ({ page, watch }) => {
  const release = await holdAppCode(page);
  await page.goto('/?anno=2019&tema=projector');
  // The HTML holds the figures of all years: hidden, under a status, until the app draws 2019's.
  const status = page.getByRole('status').filter({ hasText: 'Aggiorno le cifre per le scelte del link…' });
  await expect(status).toBeVisible();
  await expect(page.locator('[data-panel]').first()).toBeHidden();
  await expect(page.getByLabel('Anno')).toHaveValue('2019');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  release();
  await ready(page);
  await expect(status).toHaveCount(0);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toHaveCount(0);
  expect(watch.errors).toEqual([]);

  await page.unrouteAll();
  await page.route('**/assets/main-*.js', (route) => route.abort());
  await page.goto('/?anno=2019');
  await expect(page.getByRole('status').filter({ hasText: 'Il cruscotto non è riuscito ad avviarsi: ricarica la pagina.' })).toBeVisible();
});

test('the app takes over the prerendered screen without a shift or an error', async ({ page, watch }) => {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/associati', '/comunicazione', '/performance', '/lavoro', '/covid', '/fonti']) {
      await page.goto(path);
      await ready(page);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), `${path} at ${width}px`).toBeLessThan(0.01);
    }
  }
  expect(watch.errors).toEqual([]);
});

test('while a view opens, only the charts on the screen are drawn; the next comes with the first scroll', async ({ page }) => {
  // At 1280×800 the communication view's first chart is on the screen and its second a little below.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/comunicazione');
  await ready(page);
  // The communication view's bars are plain SVG (BarRows), not recharts.
  const chart = (n: number) => page.locator('.chart-body').nth(n).locator('svg.bar-rows-surface');
  await expect(chart(0)).toHaveCount(1);
  const below = await page.locator('.chart-body').nth(1).evaluate((el) => el.getBoundingClientRect().top - innerHeight);
  expect(below).toBeGreaterThan(0);
  expect(below).toBeLessThan(400);
  // Charts mount one per task: half a second is many turns, and the second is still not drawn.
  await page.waitForTimeout(500);
  await expect(chart(1)).toHaveCount(0);
  await page.mouse.wheel(0, 50);
  await expect(chart(1)).toHaveCount(1);
});

test('every choice of the filter bar shows whole once chosen, in either language', async ({ page }) => {
  /**
   * How much wider the chosen option's text is than the room the select gives it (≤ 0: it shows whole).
   * The same words are a tenth wider in another system's font or renderer, so a select of fixed width
   * must have that tenth to spare.
   */
  const overflow = (name: string, spare: number) =>
    page.locator(`.filter-bar select[name="${name}"]`).evaluate((select: HTMLSelectElement, spare) => {
      const style = getComputedStyle(select);
      const probe = document.createElement('span');
      Object.assign(probe.style, { fontFamily: style.fontFamily, fontSize: style.fontSize, fontWeight: style.fontWeight, fontStyle: style.fontStyle, whiteSpace: 'pre' });
      probe.textContent = select.selectedOptions[0]!.text;
      document.body.append(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      // The drop-down arrow takes about 1.25em of the select's right side.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.25 * parseFloat(style.fontSize);
      // A select that takes its text's width shows it whole unless its maximum width stops it.
      if (style.getPropertyValue('field-sizing') === 'content' && select.getBoundingClientRect().width < parseFloat(style.maxWidth)) return 0;
      return text * spare - room;
    }, spare);
  const choices = (name: string) =>
    page.locator(`.filter-bar select[name="${name}"] option:not([disabled])`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  // At 1280 px the bar keeps to one row: the filters show their choices whole (without the tenth), but
  // for the two wide territories and the report's promoters, which have no short name.
  const cutAt1280 = /^territorio=(assolombarda|cciaa)-area$|^ente=assolombarda-cgil-cisl-uil$/;
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    for (const lang of ['it', 'en']) {
      // The light theme: the last round chose the projector's larger type, which the page remembers.
      await page.goto(`/?lingua=${lang}&tema=light`);
      await ready(page);
      const check = async (name: string, spare: number, clear: boolean) => {
        for (const value of await choices(name)) {
          if (size.width === 1280 && cutAt1280.test(`${name}=${value}`)) continue;
          await page.locator(`.filter-bar select[name="${name}"]`).selectOption(value);
          expect(await overflow(name, spare), `${size.width} ${lang}: ${name}=${value}`).toBeLessThanOrEqual(0);
          if (clear) await page.locator(`.filter-bar select[name="${name}"]`).selectOption('');
        }
      };
      for (const name of ['anno', 'area', 'territorio', 'ente']) await check(name, size.width === 1280 ? 1 : 1.1, true);
      // With the longest choices at once, the bar is still one row (the fields and the reset button end level).
      await page.locator('.filter-bar select[name="territorio"]').selectOption('cciaa-area');
      await page.locator('.filter-bar select[name="ente"]').selectOption('assolombarda-cgil-cisl-uil');
      const rows = await page.locator('.filter-bar > *').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().bottom))).size);
      expect(rows, `${size.width} ${lang}`).toBe(1);
      for (const name of ['lingua', 'tema']) await check(name, 1.1, false);
    }
  }
});

test('choosing a filter moves nothing below the bar; "Azzera filtri" clears them and keeps the focus', async ({ page }) => {
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.goto('/');
    await ready(page);
    const reset = page.getByRole('button', { name: 'Azzera filtri' });
    await expect(reset).toHaveAttribute('aria-disabled', 'true');
    const top = () => page.getByRole('main').evaluate((main) => main.getBoundingClientRect().top);
    const before = await top();
    await page.getByLabel('Anno').selectOption('2020');
    await page.getByLabel('Area', { exact: true }).selectOption('covid');
    await expect(reset).toHaveAttribute('aria-disabled', 'false');
    expect(await top(), `${size.width}×${size.height}`).toBe(before);
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByLabel('Anno')).toHaveValue('');
    await expect(reset).toHaveAttribute('aria-disabled', 'true');
    await expect(reset).toBeFocused();
  }
});
