import { axeViolations, expect, ready, test } from './fixtures';

test('opens the overview with real figures, no console error and no foreign request', async ({ page, watch }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Panoramica' })).toBeVisible();
  const members = page.getByRole('article', { name: 'Imprese associate', exact: true });
  await expect(members).toContainText('6.796');
  await expect(members).toContainText('2020');
  await members.locator('summary', { hasText: 'Fonte' }).click();
  await expect(members).toContainText('Relazione');
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
