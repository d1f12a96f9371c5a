import { readFileSync } from 'node:fs';
import { expect, ready, test, writtenSource } from './fixtures';

test('"Copia link" copies the exact view and filters; the link reproduces them', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/associati?anno=2020&lingua=en&tema=dark');
  await ready(page);
  await page.getByRole('button', { name: /Copy link/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname + new URL(copied).search).toBe('/associati?anno=2020&lingua=en&tema=dark');
  const other = await browser.newPage();
  await other.goto(copied);
  await expect(other.getByLabel('Year')).toHaveValue('2020');
  await expect(other.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Members' })).toHaveAttribute('aria-current', 'page');
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
  await other.close();
});

test('the print layout is an A4 landscape report with the filters and no buttons', async ({ page }) => {
  await page.goto('/?anno=2020');
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByText(/Cruscotto — Panoramica/)).toBeVisible();
  await expect(page.getByText(/Filtri: Anno 2020/)).toBeVisible();
  // Every figure's source is printed: the tile points to a numbered note, the notes name the documents.
  const tile = page.getByRole('article', { name: 'Imprese associate', exact: true });
  await expect(tile.getByText(/^Fonte \[\d\]$/)).toBeVisible();
  const n = (await tile.getByText(/^Fonte \[\d\]$/).textContent())!.match(/\d/)![0];
  await expect(page.getByRole('region', { name: 'Fonti' }).locator(`li[value="${n}"]`)).toHaveText(/^Relazione dell.attività 2020 — Assolombarda/);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(6);
  // A4 landscape: 842 × 595 points.
  expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+84[12](\.\d+)?\s+59[45](\.\d+)?\s*\]/);
});

test('a printed tile writes out its source, whether or not its list was open on screen', async ({ page }) => {
  await page.goto('/associati');
  await ready(page);
  const tile = page.getByRole('article', { name: 'Imprese associate', exact: true });
  await tile.getByRole('button', { name: 'Fonte' }).click();
  await expect(tile.getByText('1 | Gli associati')).toBeVisible();
  expect(await writtenSource(tile)).toBe('');
  await page.emulateMedia({ media: 'print' });
  expect(await writtenSource(tile)).toMatch(/^Fonte: Relazione dell.attività 2020 — Assolombarda · Sezione: 1 \| Gli associati$/);
  // Once: the list opened on screen is not printed beside it.
  await expect(tile.getByText('1 | Gli associati')).toBeHidden();
});

/** Pages of a PDF as Chromium writes it. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test.describe('printouts you would hand out (A4 landscape)', () => {
  // The overview on one page; every other view, its findings and charts, in four at most.
  for (const [path, most] of [['/', 1], ['/associati', 4], ['/comunicazione', 4], ['/performance', 4], ['/lavoro', 4], ['/covid', 4], ['/fonti', 4]] as const) {
    test(`${path} prints in ${most === 1 ? 'one page' : `at most ${most} pages`}`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      // What the browser does when printing: every deferred panel and chart is drawn first.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const pages = pageCount(await page.pdf({ preferCSSPageSize: true }));
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(most);
    });
  }

  test('a printout says what it leaves out and how to print it', async ({ page }) => {
    await page.goto('/performance');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(/La stampa omette l’elenco dei 76 indicatori: per stamparlo, restringilo con i filtri a 25 indicatori o meno\./)).toBeVisible();
    await expect(page.locator('.sc-row').first()).toBeHidden();
    // Narrowed to the indicators not achieved (13), the list prints.
    await page.goto('/performance?stato=not_achieved');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sc-row').first()).toBeVisible();
    await page.goto('/fonti');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(/La stampa riporta i 18 controlli con avvertenze/)).toBeVisible();
  });
});

test('"Stampa / PDF" draws every chart of the view, even those never scrolled to, before printing', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      const bodies = [...document.querySelectorAll('.chart-body')];
      (window as unknown as { printed: [number, number] }).printed = [bodies.length, bodies.filter((b) => b.querySelector('svg')).length];
    };
  });
  await page.goto('/comunicazione');
  await ready(page);
  await page.getByRole('button', { name: 'Stampa / PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: [number, number] }).printed)).toBeTruthy();
  const [charts, drawn] = await page.evaluate(() => (window as unknown as { printed: [number, number] }).printed);
  expect(charts).toBeGreaterThanOrEqual(5);
  expect(drawn).toBe(charts);
});

test.describe('chart exports', () => {
  test('a chart’s CSV holds the rows of the dataset, Italian-formatted for Excel: header first, values as the table shows them, metadata after a blank line', async ({ page }) => {
    await page.goto('/associati');
    await ready(page);
    const frame = page.locator('figure.chart-frame').filter({ hasText: /gruppi/i }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /Scarica CSV/ }).click()]);
    // Named after the panel's short name, not the chart's finding.
    expect(download.suggestedFilename()).toBe('cruscotto_gruppi-merceologici.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    const columns = lines[0]!.split(';');
    expect(columns[0]).not.toMatch(/^#/);
    expect(columns.length).toBeGreaterThan(2);
    const blank = lines.indexOf('');
    const rows = lines.slice(1, blank);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const row of rows) {
      expect(row.split(';')).toHaveLength(columns.length);
      // No value has more decimals than the table shows (two at most).
      for (const cell of row.split(';')) expect(cell).not.toMatch(/^-?\d+,\d{3,}$/);
    }
    expect(lines.slice(blank + 1).some((l) => l.includes('Assolombarda'))).toBe(true);
    const meccatronici = rows.find((l) => /meccatronici/i.test(l))!;
    expect(meccatronici.split(';')).toEqual(expect.arrayContaining(['1737', '93130']));
  });

  test('a chart’s PNG is a valid image at twice the size on screen', async ({ page }) => {
    await page.goto('/associati');
    await ready(page);
    const frame = page.locator('figure.chart-frame').filter({ hasText: /gruppi/i }).first();
    // Charts mount as they come near the screen: scroll to it, as a reader would.
    await frame.scrollIntoViewIfNeeded();
    const svgWidth = await frame.locator('svg.recharts-surface').first().evaluate((el) => el.getBoundingClientRect().width);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /Scarica PNG/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(Math.round((svgWidth + 32) * 2));
    expect(height).toBeGreaterThan(200);
  });
});
