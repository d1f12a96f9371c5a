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
  // The previewed year is one of the overview's years: chosen, it reads as itself; the other previewed
  // year says whose figures it holds.
  await expect(page.getByRole('option', { name: '2022', exact: true })).toBeEnabled();
  await expect(page.getByRole('option', { name: /^2021 · Assolombarda/ })).toBeEnabled();
  const firms = page.getByRole('article', { name: 'Imprese associate', exact: true });
  await expect(firms).toContainText('6.661');
  await expect(firms).toContainText('2021');
  await expect(firms.getByRole('img', { name: /^Andamento 2020–2022: 2020 6\.796, 2021 6\.728, 2022 6\.661$/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Anno' }).selectOption('2021');
  await expect(firms).toContainText('6.728');
  await expect(firms.getByRole('img')).toHaveCount(0); // two years: the change only
  await page.getByRole('link', { name: 'Associati', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.728');
  // Under the year filter 2021, the totals' chart by year goes up to it.
  const totals = page.getByRole('figure', { name: /^Imprese associate: 6\.796 imprese nel 2020, 6\.728 imprese nel 2021/ });
  await totals.getByRole('button', { name: 'Mostra tabella dei dati' }).click();
  await expect(totals.getByRole('columnheader')).toHaveText(['Serie', '2020', '2021', 'Ultimo anno sul precedente']);
  await expect(totals.getByRole('row', { name: /Imprese associate/ })).toContainText(/6\.796\s*6\.728\s*-1%/);

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

/** A chart frame's bars, once drawn: charts are drawn when they come near the screen. */
async function expectBars(figure: ReturnType<Page['getByRole']>, count: number) {
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('svg .recharts-bar-rectangle')).toHaveCount(count);
}

/** A chart frame's table, opened: its column headers and the row of one series. */
async function openTable(figure: ReturnType<Page['getByRole']>) {
  await figure.getByRole('button', { name: 'Mostra tabella dei dati' }).click();
  return figure.getByRole('table');
}

test('with several years previewed, the members and communication charts compare the years', async ({ page, watch }) => {
  test.setTimeout(60_000);
  // Bundled data: one year per series, so no year-on-year control.
  await page.goto('/associati');
  await ready(page);
  await expect(page.getByRole('heading', { name: /^Gruppi merceologici|contano insieme/ }).first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Confronto' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Serie del grafico' })).toHaveCount(0);

  await page.goto('/dati');
  await ready(page);
  await drop(page, [fixture(2021)]);
  await expect(page.getByRole('status').filter({ hasText: title(2021) })).toBeVisible();
  await drop(page, [fixture(2022)]);
  await expect(page.getByRole('status').filter({ hasText: title(2022) })).toBeVisible();

  // Members: the totals by year (INVENTED 2021 and 2022 figures, as their workbooks state them).
  await page.getByRole('link', { name: 'Associati', exact: true }).click();
  const totals = page.getByRole('figure', { name: /^Imprese associate: 6\.796 imprese nel 2020, 6\.661 imprese nel 2022/ });
  await expectBars(totals, 3);
  const totalsTable = await openTable(totals);
  await expect(totalsTable.getByRole('columnheader')).toHaveText(['Serie', '2020', '2021', '2022', 'Ultimo anno sul precedente']);
  await expect(totalsTable.getByRole('row', { name: /^Imprese associate/ })).toContainText(/6\.796\s*6\.728\s*6\.661\s*-1%/);
  await totals.getByRole('group', { name: 'Serie del grafico' }).getByRole('button', { name: 'Dipendenti delle imprese associate' }).click();
  await expect(page).toHaveURL(/serie=dipendenti/);
  await expect(page.getByRole('figure', { name: /^Dipendenti delle imprese associate: 414\.440 dipendenti nel 2020/ })).toBeVisible();

  // The groups chart switched to the year-on-year view: a bar per year per group.
  await page.getByRole('group', { name: 'Confronto' }).getByRole('button', { name: 'Anno per anno' }).click();
  await expect(page).toHaveURL(/confronto=anni/);
  const groups = page.getByRole('figure', { name: /^Imprese per gruppo, 2020–2022/ });
  await expectBars(groups, 13 * 3);
  await expect(groups.locator('.recharts-legend-item')).toHaveText(['2020', '2021', '2022']);
  const groupsTable = await openTable(groups);
  await expect(groupsTable.getByRole('columnheader')).toHaveText(['Gruppo', '2020', '2021', '2022']);
  await expect(groupsTable.getByRole('row', { name: /^A - Meccatronici/ })).toContainText(/1\.737\s*1\.702\s*1\.668/);
  expect(await axeViolations(page)).toEqual([]);

  // Communication: website and newsletter figures by year, the platforms year on year.
  await page.getByRole('link', { name: 'Comunicazione e social', exact: true }).click();
  const web = page.getByRole('figure', { name: /^Visualizzazioni di pagina del sito: 7\.105\.489 pagine viste nel 2020, 6\.685\.554 pagine viste nel 2022/ });
  await expectBars(web, 3);
  const webTable = await openTable(web);
  await expect(webTable.getByRole('columnheader')).toHaveText(['Serie', '2020', '2021', '2022', 'Ultimo anno sul precedente']);
  await expect(webTable.getByRole('row', { name: /^Visualizzazioni di pagina del sito/ })).toContainText(/7\.105\.489\s*6\.892\.324\s*6\.685\.554/);
  await page.getByRole('group', { name: 'Confronto' }).getByRole('button', { name: 'Anno per anno' }).click();
  const platforms = page.getByRole('figure', { name: /^Assolombarda, visualizzazioni per piattaforma, 2020–2022/ });
  await expectBars(platforms, 5 * 3);
  const platformsTable = await openTable(platforms);
  await expect(platformsTable.getByRole('columnheader')).toHaveText(['Piattaforma', '2020', '2021', '2022']);
  await expect(platformsTable.getByRole('row', { name: /^Facebook/ })).toContainText(/8\.452\.299\s*8\.198\.730\s*7\.952\.768/);
  expect(await axeViolations(page)).toEqual([]);

  // Back to one year: the year's own chart, the switch still there.
  await page.getByRole('group', { name: 'Confronto' }).getByRole('button', { name: 'Un anno' }).click();
  await expect(page.getByRole('figure', { name: /raccoglie il .* delle visualizzazioni social di Assolombarda nel 2022/ })).toBeVisible();
  expect(watch.errors).toEqual([]);
});
