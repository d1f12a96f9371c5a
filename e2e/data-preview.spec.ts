import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { axeViolations, expect, ready, test } from './fixtures';

// INVENTED figures (tests/fixtures/README.md): Assolombarda 2021 does not exist as a document.
const fixture = (year: number) => ({ name: `assolombarda-${year}.xlsx`, bytes: readFileSync(fileURLToPath(new URL(`../tests/fixtures/assolombarda-${year}.invented.xlsx`, import.meta.url))) });
const title = (year: number) => `Relazione dell'attività ${year} (INVENTATO, solo per i test)`;
/** The year select's options: "Tutti gli anni", then each year, followed by whose figures it holds where the view has any. */
const yearsShown = (...years: string[]) => ['Tutti gli anni', ...years.map((y) => new RegExp(`^${y}( · .+)?$`))];
const BUNDLED_YEARS = ['2021', '2020', '2019', '2018', '2017'];

/** Drops files on the Dati page's drop zone, as a file manager would. */
async function drop(page: Page, files: { name: string; bytes: Buffer }[]) {
  const payload = files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') }));
  const transfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const it of items) dt.items.add(new File([Uint8Array.from(atob(it.base64), (c) => c.charCodeAt(0))], it.name));
    return dt;
  }, payload);
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

const yearOptions = (page: Page) => page.getByRole('combobox', { name: 'Anno' }).locator('option');

test('a next year’s workbook dropped on Dati shows in the dashboard until discarded', async ({ page, watch }) => {
  const excel: string[] = [];
  page.on('request', (r) => /exceljs/.test(r.url()) && excel.push(r.url()));
  await page.goto('/');
  await ready(page);
  await expect(yearOptions(page)).toHaveText(yearsShown(...BUNDLED_YEARS));
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.796');
  expect(excel).toEqual([]); // the spreadsheet library is not part of the dashboard

  await page.getByRole('link', { name: 'Dati', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dati' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const added = page.getByRole('status').filter({ hasText: 'è nel cruscotto' });
  await drop(page, [fixture(2021)]);
  await expect(added).toContainText(`«${title(2021)}» è nel cruscotto, in anteprima.`);
  expect(excel.length).toBeGreaterThan(0);
  await drop(page, [fixture(2022)]);
  await expect(added).toContainText(`«${title(2022)}» è nel cruscotto, in anteprima.`);
  await expect(page.getByRole('region', { name: 'In anteprima in questo browser' })).toContainText('assolombarda-2021');
  await expect(page.getByText('Anteprima non pubblicata: assolombarda-2021, assolombarda-2022.')).toBeVisible();
  await expect(yearOptions(page)).toHaveText(yearsShown('2022', ...BUNDLED_YEARS));

  // The invented 2022 figures, with their change against the (invented) 2021 ones.
  await page.getByRole('button', { name: 'Mostra il 2022 nella Panoramica' }).click();
  await expect(page).toHaveURL(/\/\?anno=2022$/);
  // The previewed year is one of the overview's years, named after whose figures it holds.
  await expect(page.getByRole('option', { name: /^2022 · Assolombarda/ })).toBeEnabled();
  const firms = page.getByRole('article', { name: 'Imprese associate', exact: true });
  await expect(firms).toContainText('6.661');
  await expect(firms).toContainText('2021');
  await expect(firms.getByRole('img', { name: /^Andamento 2020–2022: 2020 6\.796, 2021 6\.728, 2022 6\.661$/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Anno' }).selectOption('2021');
  await expect(firms).toContainText('6.728');
  await expect(firms.getByRole('img')).toHaveCount(0); // two years: the change only
  await page.getByRole('link', { name: 'Associati', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.728');
  const yearByYear = page.getByRole('region', { name: 'Totali, anno per anno' });
  await expect(yearByYear.getByRole('columnheader')).toHaveText(['Serie', '2020', '2021', 'Ultimo anno sul precedente']);
  await expect(yearByYear.getByRole('row', { name: /Imprese associate/ })).toContainText(/6\.796 imprese\s*6\.728 imprese\s*-1%/);

  // Kept in this browser across a reload, until discarded.
  await page.reload();
  await ready(page);
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.728');
  await page.getByRole('button', { name: 'Scarta', exact: true }).click();
  await expect(page.getByText(/Anteprima non pubblicata/)).toHaveCount(0);
  await page.goto('/');
  await ready(page);
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.796');
  await expect(yearOptions(page)).toHaveText(yearsShown(...BUNDLED_YEARS));
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('the presentation’s year cycle goes on to a previewed year', async ({ page }) => {
  await page.goto('/dati');
  await ready(page);
  await drop(page, [fixture(2021)]);
  await expect(page.getByRole('status').filter({ hasText: 'è nel cruscotto' })).toBeVisible();
  await drop(page, [fixture(2022)]);
  await expect(page.getByRole('status').filter({ hasText: title(2022) })).toBeVisible();
  await page.clock.install();
  await page.goto('/?anno=2021&presenta=1&intervallo=5&ciclo=anno&auto=1');
  const deck = page.getByRole('region', { name: 'Presentazione' });
  await expect(deck).toContainText(/Diapositiva 1 di [1-9]/);
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(deck).not.toContainText('Diapositiva 1 di', { timeout: 500 });
  }).toPass();
  await page.clock.runFor(5_100);
  await expect(deck).toContainText('Anno 2022');
});

test('a workbook with problems lists them by sheet, row and column, and adds nothing', async ({ page, watch }) => {
  await page.goto('/dati');
  await ready(page);
  const csv = '\uFEFFId;Anno;Area;Territorio;Metrica;Valore;Unità\r\nx.1;duemila;members;milano;members.firms;12;kg\r\n';
  await page.getByLabel('Scegli il file').setInputFiles({ name: 'prova - Fatti.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('problemi da correggere: il file non è stato aggiunto.');
  await expect(alert).toContainText('Foglio «Fatti», riga 2, colonna «Anno»: «duemila» non è un numero intero. Correggere la cella.');
  await expect(alert).toContainText('Foglio «Fatti», riga 2, colonna «Unità»: «kg» non è tra i valori ammessi.');
  await expect(alert).toContainText('Foglio «Fonte»: il foglio manca.');
  await expect(page.getByText('Nessun dataset in anteprima')).toBeVisible();
  expect(watch.errors).toEqual([]);
});
