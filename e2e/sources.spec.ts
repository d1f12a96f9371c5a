import { axeViolations, expect, ready, test } from './fixtures';

const TITLES = [
  'Relazione dell\'attività 2020',
  'Manager per la ripresa e lo “Sviluppo PMI” lombarde',
  'Relazione sulla Performance 2019',
  'Milano: tra ripresa economica… e problemi aperti – “Manifattura Milano”',
];

test('lists the four sources and every check, with figures in Italian format', async ({ page, watch }) => {
  await page.goto('/fonti');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Fonti e qualità dei dati' })).toBeVisible();

  const sources = page.locator('[data-panel="fonti"]');
  for (const title of TITLES) await expect(sources.getByRole('heading', { level: 3, name: title })).toBeVisible();
  const asso = sources.getByRole('article', { name: TITLES[0] });
  await expect(asso).toContainText('000_4912c0f15bd8763b.txt');
  await expect(asso).toContainText('Relazione annuale');
  await expect(sources.getByRole('article', { name: TITLES[1] })).toContainText('8 luglio 2020');

  const summary = page.locator('[data-panel="riepilogo"]');
  await expect(summary).toContainText(/\d+ controlli: \d+ superati, 8 avvisi, 0 non applicabili\./);

  const checks = page.locator('[data-panel="controlli"]');
  const groups = checks.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: 'Gruppi A–L e riga del totale della tabella (imprese)' }) });
  await expect(groups).toContainText('Superato');
  await expect(groups).toContainText('6.131 imprese');
  const views = checks.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: 'Visualizzazioni per piattaforma e totale social' }) });
  await expect(views).toContainText('Avviso');
  await expect(views).toContainText('648.116 visualizzazioni');
  await expect(checks).toContainText('665 imprese non rientrano in nessun gruppo');
  await expect(checks).toContainText('175,5%');
  await expect(checks).toContainText('PIRA 6.1.2');
  await expect(checks).toContainText('-11.000 persone');

  // The parts, on demand, as a table with Italian numbers.
  await groups.getByText('Le voci (12)').click();
  await expect(groups.getByRole('table')).toContainText('1.737');

  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('respects the organization filter and says so in the counts', async ({ page }) => {
  await page.goto('/fonti?ente=cciaa-mi-mb-lo');
  await ready(page);
  const sources = page.locator('[data-panel="fonti"]');
  await expect(sources.getByRole('heading', { level: 3 })).toHaveText([TITLES[2]!]);
  await expect(page.locator('[data-panel="controlli"]')).not.toContainText('648.116');
  await expect(page.locator('[data-panel="controlli"]')).toContainText('PIRA 6.1.2');
});

test('a year without data empties the view honestly', async ({ page }) => {
  await page.goto('/fonti?anno=2015');
  await ready(page);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toBeVisible();
  await expect(page.getByText('Nessun controllo riguarda i filtri scelti.')).toBeVisible();
});

test('a dataset that fails to load turns its checks into "not applicable"', async ({ page }) => {
  await page.route('**/data/assolombarda-2020.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/fonti');
  await ready(page);
  await expect(page.getByRole('alert')).toContainText('assolombarda-2020.json');
  const missing = page.getByRole('region', { name: /Controlli su fonti non caricate/ });
  await expect(missing).toContainText('Non applicabile');
  await expect(missing).toContainText('i dati di questa fonte non sono stati caricati');
  await expect(page.locator('[data-panel="fonti"]').getByRole('heading', { level: 3 })).toHaveCount(3);
});

test('English figures use English grouping', async ({ page }) => {
  await page.goto('/fonti?lingua=en');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources and data quality' })).toBeVisible();
  await expect(page.locator('[data-panel="controlli"]')).toContainText('648,116 views');
});

test('the sources view passes axe (WCAG 2.1 A/AA), with the parts table open', async ({ page }) => {
  test.slow(); // a long page: axe needs more than the default time here
  await page.goto('/fonti');
  await ready(page);
  await page.getByText('Le voci (12)').first().click();
  expect(await axeViolations(page)).toEqual([]);
});

test('the sources view passes axe in the dark theme', async ({ page }) => {
  test.slow();
  await page.goto('/fonti?tema=dark');
  await ready(page);
  expect(await axeViolations(page)).toEqual([]);
});
