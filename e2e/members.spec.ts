import { axeViolations, everythingDrawn, expect, ready, test } from './fixtures';
import type { Page } from '@playwright/test';

const groupsPanel = (page: Page) => page.locator('[data-panel="groups"]');
const detail = (page: Page) => groupsPanel(page).getByRole('complementary');

test('members: totals, movement, size classes, groups and supply chains from the 2020 report', async ({ page, watch }) => {
  await page.goto('/associati');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Associati' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.796');
  await expect(page.getByRole('article', { name: 'Imprese cancellate', exact: true })).toContainText('440');
  await expect(page.getByRole('heading', { name: 'Nel 2020 gli associati crescono di 99 imprese: 539 nuove, 440 cancellate' })).toBeVisible();
  await expect(page.getByText('non indica il numero di associati a inizio anno')).toBeVisible();
  await expect(page.getByText('lasciano scoperte le imprese con esattamente 100 e 500 dipendenti')).toBeVisible();
  await expect(page.getByRole('heading', { name: /contano insieme il 51,3% delle imprese associate/ })).toBeVisible();
  await expect(groupsPanel(page)).toContainText('Fuori da ogni gruppo restano 665 imprese e 21.228 dipendenti');
  await expect(page.getByRole('table', { name: 'Aziende iscritte per filiera' })).toContainText('1.125');
  await expect(page.getByText('La fonte non indica un totale delle filiere')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('switch metric, sort, pick a group by click and by keyboard; the choice survives a reload', async ({ page, watch }) => {
  test.slow(); // the whole journey in one go, with two axe scans
  await page.goto('/associati');
  await ready(page);
  const panel = groupsPanel(page);

  await panel.getByRole('button', { name: 'Dipendenti', exact: true }).click();
  await expect(page).toHaveURL(/metrica=dipendenti(&|$)/);
  await expect(panel.getByRole('button', { name: 'Dipendenti', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('dei dipendenti delle associate');

  await panel.getByRole('button', { name: 'Per lettera' }).click();
  await expect(page).toHaveURL(/ordine=lettera/);
  await panel.getByRole('button', { name: 'Mostra tabella dei dati' }).click();
  const rows = panel.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('A - Meccatronici');
  await expect(rows.nth(13)).toContainText('Fuori dai gruppi (calcolato)');

  // A click on the third bar (letter order: C) selects the group.
  await panel.locator('.recharts-bar-rectangle').nth(2).click();
  await expect(page).toHaveURL(/gruppo=C/);
  await expect(detail(page).getByRole('heading', { name: 'Dettaglio: C - ICT e servizi alle imprese' })).toBeVisible();
  await expect(detail(page)).toContainText('1.749');
  await expect(detail(page)).toContainText('106.922');
  await expect(detail(page)).toContainText('61,1');
  // Highlighted in the chart by more than colour: the axis label is marked and bold.
  const marked = panel.locator('svg text', { hasText: '▶' });
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText('C - ICT');

  // Keyboard only: from the sort buttons, Tab to the group list and move with the arrow keys.
  await panel.getByRole('button', { name: 'Per lettera' }).focus();
  await page.keyboard.press('Tab');
  const select = panel.getByRole('combobox', { name: 'Gruppo' });
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/gruppo=D/);
  await expect(detail(page).getByRole('heading', { name: /^Dettaglio: D - Media/ })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/gruppo=fuori/);
  await expect(detail(page)).toContainText('665');
  await expect(detail(page)).toContainText('21.228');
  await expect(detail(page)).toContainText('Calcolato: 6.796 imprese associate meno le 6.131');

  await page.reload();
  await ready(page);
  await expect(detail(page).getByRole('heading', { name: 'Dettaglio: Fuori dai gruppi (calcolato)' })).toBeVisible();
  await expect(groupsPanel(page).getByRole('button', { name: 'Dipendenti', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(groupsPanel(page).getByRole('button', { name: 'Per lettera' })).toHaveAttribute('aria-pressed', 'true');
  await expect(groupsPanel(page).getByRole('combobox', { name: 'Gruppo' })).toHaveValue('fuori');
  expect(await axeViolations(page)).toEqual([]);

  await groupsPanel(page).getByRole('button', { name: 'Deseleziona' }).click();
  await expect(page).not.toHaveURL(/gruppo=/);
  expect(watch.errors).toEqual([]);
});

test('a year without member figures is disabled in the select; a link to it shows one empty state that offers 2020', async ({ page }) => {
  await page.goto('/associati');
  await ready(page);
  await expect(page.getByLabel('Anno').locator('option[value="2019"]')).toBeDisabled();
  await expect(page.getByLabel('Anno').locator('option[value="2020"]')).toHaveText('2020 · Assolombarda');
  await page.goto('/associati?anno=2019');
  await ready(page);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toBeVisible();
  await expect(page.locator('[data-panel]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Mostra il 2020' }).click();
  await expect(page).toHaveURL(/anno=2020/);
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.796');
});

test('on a phone the view fits the width and the group list still works', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/associati?metrica=dipendenti-per-impresa');
  await ready(page);
  await expect(groupsPanel(page).getByRole('heading', { level: 2 })).toContainText('152,9 dipendenti per impresa');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await groupsPanel(page).getByRole('combobox', { name: 'Gruppo' }).selectOption('F');
  await expect(detail(page)).toContainText('29.364');
  expect(await axeViolations(page)).toEqual([]);
});

test('unknown values in the URL fall back to the defaults', async ({ page }) => {
  await page.goto('/associati?metrica=fatturato&ordine=caso&gruppo=Z');
  await ready(page);
  const panel = groupsPanel(page);
  await expect(panel.getByRole('button', { name: 'Imprese', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('button', { name: 'Per valore' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('combobox', { name: 'Gruppo' })).toHaveValue('');
});

test('a chart grows with the type: on a 4K screen and in the projector theme its plot is as much taller as its words, and its axes hold their labels whole', async ({ page }) => {
  test.slow(); // eleven pages, every chart of four of them drawn twice
  const measure = async () => {
    await ready(page);
    const body = page.locator('[data-chart] .chart-body').first();
    await expect(body).toBeVisible();
    return page.evaluate(() => ({
      type: parseFloat(getComputedStyle(document.documentElement).fontSize),
      plot: document.querySelector('[data-chart] .chart-body')!.getBoundingClientRect().height,
    }));
  };
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/associati');
  const base = await measure();
  for (const [width, height, theme] of [[3840, 2160, 'light'], [1920, 1080, 'projector']] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`/associati?tema=${theme}`);
    const now = await measure();
    expect(now.type / base.type).toBeGreaterThan(1.1);
    expect(now.plot / base.plot).toBeCloseTo(now.type / base.type, 2);
  }

  // The communication view's bars (plain SVG) grow with the type as well: bar and words.
  const bars = async () => {
    await ready(page);
    const bar = page.locator('.bar-rows-bar').first();
    await expect(bar).toBeVisible();
    return bar.evaluate((rect) => ({ bar: rect.getBoundingClientRect().height, word: parseFloat(getComputedStyle(rect.parentElement!).fontSize) }));
  };
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/comunicazione');
  const small = await bars();
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.goto('/comunicazione');
  const large = await bars();
  expect([large.bar / small.bar, large.word / small.word]).toEqual([2, 2]);

  // Every chart of the views, drawn at once (as for printing): no axis label reaches out of its chart.
  const labelsOutside = async () => {
    await everythingDrawn(page);
    await expect(page.locator('.chart-plot svg.recharts-surface').first()).toBeVisible();
    return page.evaluate(() => {
      const out: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-plot svg.recharts-surface')) {
        const box = svg.getBoundingClientRect();
        const labels = svg.querySelectorAll('.recharts-cartesian-axis-tick-label text');
        if (!labels.length) out.push('a chart without axis labels');
        for (const text of labels) {
          const r = text.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1) out.push(text.textContent ?? '');
        }
      }
      return out;
    });
  };
  for (const [width, height, theme] of [[3840, 2160, 'light'], [1920, 1080, 'projector']] as const) {
    await page.setViewportSize({ width, height });
    for (const view of ['/associati', '/lavoro', '/covid', '/performance']) {
      await page.goto(`${view}?tema=${theme}`);
      await ready(page);
      expect(await labelsOutside(), `${view} at ${width}×${height}, ${theme}`).toEqual([]);
    }
  }
});
