import { axeViolations, expect, ready, test } from './fixtures';

const platformFigure = (page: import('@playwright/test').Page) => page.locator('[data-panel="platforms"] figure');

test('reads the platform comparison, switches metric, opens the table and checks a row', async ({ page, watch }) => {
  await page.goto('/comunicazione');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Comunicazione e social' })).toBeVisible();

  const figure = platformFigure(page);
  await expect(figure.getByRole('heading', { level: 2 })).toHaveText(/^Facebook raccoglie il 57,4% delle visualizzazioni social di Assolombarda nel 2020/);
  await expect(figure).toContainText('648.116 (calcolato) restano senza piattaforma');

  const metrics = figure.getByRole('group', { name: 'Metrica del grafico' });
  await expect(metrics.getByRole('button', { name: 'Visualizzazioni' })).toHaveAttribute('aria-pressed', 'true');
  await metrics.getByRole('button', { name: 'Interazioni' }).click();
  await expect(page).toHaveURL(/[?&]metrica=interazioni/);
  await expect(metrics.getByRole('button', { name: 'Interazioni' })).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.getByRole('heading', { level: 2 })).toHaveText(/^Facebook raccoglie il 68% delle interazioni/);
  await expect(figure).toContainText('YouTube: dato delle interazioni non indicato dalla fonte');

  await metrics.getByRole('button', { name: 'Coinvolgimento' }).click();
  await expect(page).toHaveURL(/[?&]metrica=coinvolgimento/);
  await expect(figure.getByRole('heading', { level: 2 })).toContainText('LinkedIn ha il coinvolgimento più alto, 36,6 interazioni ogni 1.000 visualizzazioni');

  await figure.getByRole('button', { name: 'Mostra tabella dei dati' }).click();
  const table = figure.getByRole('table');
  await expect(table).toBeVisible();
  const youtube = table.getByRole('row', { name: /YouTube/ });
  await expect(youtube.getByRole('cell')).toHaveText(['1.394.848', 'n.d.', '5.398', 'n.d.']);
  const rest = table.getByRole('row', { name: /Non attribuito a una piattaforma/ });
  await expect(rest.getByRole('cell')).toHaveText(['648.116', '20.260', '3.577', '31,26']);
  expect(await axeViolations(page)).toEqual([]);

  // The metric survives a reload; Back returns to the previous metric.
  await page.reload();
  await ready(page);
  await expect(platformFigure(page).getByRole('group', { name: 'Metrica del grafico' }).getByRole('button', { name: 'Coinvolgimento' })).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page).toHaveURL(/[?&]metrica=interazioni/);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('shows the website growth disagreement, the campaigns’ qualifiers and the chamber’s followers', async ({ page }) => {
  await page.goto('/comunicazione');
  await ready(page);
  const website = page.locator('[data-panel="website"]');
  await expect(website.getByRole('heading', { level: 3, name: /Utenti del sito: da 1\.042\.043 nel 2019 a 2\.867\.204 nel 2020, \+175,15%/ })).toBeVisible();
  await expect(website).toContainText('+175,5%');
  // The source's figures with a marker each; the computation and the difference are on the Sources view.
  await expect(website).not.toContainText('non coincide');
  await expect(website.getByRole('link', { name: /vedi verifica/ })).toHaveCount(1);
  await website.getByRole('link', { name: /vedi verifica/ }).click();
  await expect(page).toHaveURL(/\/fonti/);
  // The marker's check is focused and on the screen.
  const focused = page.locator('li.check:focus');
  await expect(focused.locator('h4')).toHaveText('Crescita degli utenti del sito: dichiarata e calcolata');
  await expect(focused).toBeInViewport();
  await page.goBack();
  await ready(page);

  const campaign = page.getByRole('group', { name: '#SiamoNelleNostreMani' });
  await expect(campaign).toContainText('oltre 165.000 visualizzazioni');
  await expect(campaign).toContainText('oltre 8.000 interazioni');
  await expect(campaign).toContainText('prime due settimane');

  const followers = page.locator('[data-panel="followers"]');
  await expect(followers).toContainText('22.680');
  await expect(followers).toContainText('29.378');
  await expect(followers).toContainText('+29,5%');
  await expect(followers).not.toContainText('+29,53%');
  await expect(followers.getByRole('link', { name: /verificato/ })).toBeVisible();
});

test('ranks projects by the chosen measure, with the measure in the URL and the channel split in the table', async ({ page }) => {
  await page.goto('/comunicazione');
  await ready(page);
  const figure = page.locator('[data-panel="projects"] figure');
  await expect(figure.getByRole('heading', { level: 2 })).toHaveText(/^«Nel tempo di una storia» \(2021\) è primo per visualizzazioni: 2\.327\.035/);
  await figure.getByRole('group', { name: 'Ordina per' }).getByRole('button', { name: 'Partecipanti' }).click();
  await expect(page).toHaveURL(/[?&]ordine=partecipanti/);
  await expect(figure.getByRole('heading', { level: 2 })).toHaveText(/Assemblea generale 2020 .* è primo per partecipanti: oltre 1\.000/);

  await page.goto('/comunicazione?anno=2020');
  await ready(page);
  await figure.getByRole('button', { name: 'Mostra tabella dei dati' }).click();
  const row = figure.getByRole('row', { name: /Miniserie/ });
  await expect(row).toContainText('2.254.287');
  await expect(row).toContainText('1.314.254');
  await expect(row).toContainText('940.033');

  // A measure the filtered data does not have falls back to the default and says so.
  await page.goto('/comunicazione?anno=2020&ordine=spettatori');
  await ready(page);
  await expect(page.locator('[data-panel="projects"]').getByRole('status')).toContainText('«spettatori»');
});

test('a year with no data gives the empty state and the nearest year; the page passes axe', async ({ page }) => {
  await page.goto('/comunicazione?anno=2017');
  await ready(page);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Mostra il 2018' }).click();
  await expect(page).toHaveURL(/anno=2018/);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toHaveCount(0);
  // The panels without 2018 figures fold into one line, with the nearest year that has some.
  const folded = page.getByRole('status').filter({ hasText: /^Nessun dato per questi filtri in: Social per piattaforma, / });
  await expect(folded).toHaveCount(1);
  await expect(folded).toContainText('Progetti ed eventi per portata');
  await expect(page.locator('[data-panel="platforms"]')).toContainText('Nessun dato per questi filtri in:');
  await expect(page.locator('[data-panel="press"]')).toBeEmpty();
  // 2018 holds only the chamber's followers on 1 January 2019: shown, with no growth to compute.
  await expect(page.locator('[data-panel="followers"]')).toContainText('22.680 follower (1 gennaio 2019)');
});

test('the view passes axe in English and on a phone, without horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/comunicazione?lingua=en');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Communication and social' })).toBeVisible();
  await expect(platformFigure(page).getByRole('heading', { level: 2 })).toHaveText(/^Facebook has 57\.4% of social views of Assolombarda in 2020/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axeViolations(page)).toEqual([]);
});
