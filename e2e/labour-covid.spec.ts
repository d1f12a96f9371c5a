import { axeViolations, expect, ready, test } from './fixtures';

const tile = (page: import('@playwright/test').Page, name: string) => page.getByRole('article', { name, exact: true });

test('labour: key figures in Italian format, the generational gap and the source’s inconsistency', async ({ page, watch }) => {
  await page.goto('/lavoro');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Lavoro e territorio' })).toBeVisible();
  await expect(tile(page, 'Tasso di occupazione')).toContainText('69,5%');
  await expect(tile(page, 'Tasso di occupazione')).toContainText('2018');
  await expect(tile(page, 'Tasso di disoccupazione')).toContainText('6,5%');
  await expect(tile(page, 'Tasso di occupazione femminile')).toContainText('oltre 60%');
  await expect(tile(page, 'Quota di NEET tra i 15-24enni')).toContainText('14,2%');
  await expect(tile(page, 'Occupati in più dal 2008')).toContainText('90.000 persone');
  await expect(tile(page, 'Variazione dei contratti a tempo determinato')).toContainText('12,3%');
  await expect(tile(page, 'Variazione dei contratti a tempo determinato')).toContainText('2017');

  // The diverging chart and its table alternative.
  const chart = page.locator('[data-panel=generations] figure');
  await expect(chart.getByRole('heading', { level: 2 })).toContainText('-74.000');
  await expect(chart.getByRole('heading', { level: 2 })).toContainText('+63.000');
  await chart.getByRole('button', { name: 'Mostra tabella dei dati' }).click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('row', { name: /15-44 anni/ })).toContainText('-74.000');
  await expect(table.getByRole('row', { name: /Over 45/ })).toContainText('63.000');
  await expect(table.getByRole('row', { name: /Somma delle fasce/ })).toContainText('-11.000');
  await expect(table.getByRole('row', { name: /Totale indicato/ })).toContainText('90.000');
  // The stated total with a marker to its check on the Sources view (the difference is explained there, not here).
  await expect(page.getByText('Totale indicato dalla fonte: +90.000')).toBeVisible();
  const marker = page.getByRole('link', { name: /vedi verifica/ });
  await expect(marker).toHaveAttribute('href', /^\/fonti\?.*#check-labour-employed-change-age-bands-lavmi-labour-employed-change_since_2008$|^\/fonti#check-labour-employed-change-age-bands/);
  await expect(page.getByText('La fonte non torna')).toHaveCount(0);

  // Programme, policies with their budgets, SWOT, Sviluppo PMI.
  await expect(page.getByRole('heading', { level: 3, name: '6 aree di intervento' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '3 indicazioni di metodo' })).toBeVisible();
  const policies = page.locator('[data-panel=policies]');
  await expect(policies.getByRole('listitem').filter({ hasText: 'Piano Nazionale Industria 4.0' })).toContainText(/23 miliardi di euro/);
  await expect(policies.getByRole('listitem').filter({ hasText: 'POR FESR' })).toContainText(/1 miliardo di euro/);
  await expect(policies.getByRole('listitem').filter({ hasText: 'Horizon 2020' })).toContainText('La fonte non indica un importo.');
  await expect(page.getByRole('heading', { level: 3, name: /Punti di forza/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Rischi/ })).toBeVisible();
  const pmi = page.locator('[data-panel=initiative]');
  await expect(pmi.getByRole('heading', { level: 2, name: 'Sviluppo PMI' })).toBeVisible();
  await expect(pmi).toContainText('100 imprese valutate');
  await expect(pmi).toContainText('1 anno');
  await expect(pmi).toContainText('8 luglio 2020');
  await expect(pmi).toContainText('ARUM');
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('covid: consultations, disputes against the year before, the services company', async ({ page, watch }) => {
  await page.goto('/covid');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Risposta Covid-19' })).toBeVisible();
  await expect(tile(page, 'Consulenze della task force Covid-19')).toContainText('150.000 consulenze');
  await expect(tile(page, 'Vertenze sindacali individuali')).toContainText('6.077 vertenze');
  await expect(tile(page, 'Vertenze sindacali individuali')).toContainText('-45,4% rispetto al 2019');
  await expect(tile(page, 'Vertenze sindacali collettive')).toContainText('+350,2% rispetto al 2019');
  await expect(tile(page, 'Lavoratori coinvolti nelle vertenze collettive')).toContainText('96.136 lavoratori');
  await expect(tile(page, 'Webinar di aggiornamento tecnico')).toContainText('160 webinar');
  await expect(tile(page, 'Partecipanti ai webinar')).toContainText('15.000 partecipanti');
  await expect(tile(page, 'Visualizzazioni del Control Center Covid-19')).toContainText('oltre 23.000 visualizzazioni');
  await expect(tile(page, 'Aziende supportate')).toContainText('1.780 imprese');
  await expect(tile(page, 'Quota di aziende con più tipologie di servizio')).toContainText('23%');
  await expect(tile(page, 'Eventi in presenza al centro congressi')).toContainText('20 eventi');
  await expect(tile(page, 'Eventi in webinar del centro congressi')).toContainText('140 eventi');
  await expect(tile(page, 'Fatturato core business')).toContainText(/17\.444\.351\s€/);

  const chart = page.locator('[data-panel=disputes] figure');
  await expect(chart.getByRole('heading', { level: 2 })).toHaveText(/-45,4%.*\+350,2%/);
  await chart.getByRole('button', { name: 'Mostra tabella dei dati' }).click();
  await expect(chart.getByRole('row', { name: /individuali/ })).toContainText(/11\.130.*6\.077.*-45,4%/);
  await expect(chart.getByRole('row', { name: /collettive/ })).toContainText(/671.*3\.021.*350,2%/);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('in English the labels and numbers switch to English', async ({ page }) => {
  await page.goto('/lavoro?lingua=en');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Labour and territory' })).toBeVisible();
  await expect(tile(page, 'Employment rate')).toContainText('69.5%');
  await expect(tile(page, 'Female employment rate')).toContainText('over 60%');
  await expect(tile(page, 'Additional employed people since 2008')).toContainText('90,000 people');
  await expect(page.getByText('Total stated by the source: +90,000')).toBeVisible();
  await expect(page.locator('[data-panel=policies]')).toContainText('23 billion euros');
  await expect(page.locator('[data-panel=initiative]')).toContainText('8 July 2020');

  await page.goto('/covid?lingua=en');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Covid-19 response' })).toBeVisible();
  await expect(tile(page, 'Covid-19 task force consultations')).toContainText('150,000 consultations');
  await expect(tile(page, 'Individual labour disputes')).toContainText('-45.4% vs 2019');
  await expect(tile(page, 'Core business revenue')).toContainText('€17,444,351');
  await expect(page.locator('[data-panel=disputes] figure').getByRole('heading', { level: 2 })).toContainText('(2020 against 2019)');
});

test('territory lodi: both views say plainly that the data has nothing of its own, and point to wider areas', async ({ page }) => {
  await page.goto('/lavoro');
  await ready(page);
  await page.getByLabel('Territorio', { exact: true }).selectOption('lodi');
  await expect(page).toHaveURL(/territorio=lodi/);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.getByRole('button', { name: 'Mostra: Lombardia' }).click();
  await expect(page).toHaveURL(/territorio=lombardia/);
  await expect(page.locator('[data-panel=initiative]')).toContainText('100 imprese valutate');

  await page.goto('/covid?territorio=lodi');
  await ready(page);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toBeVisible();
  await expect(page.getByText(/Territorio «Lodi»/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /^Mostra: Area Assolombarda/ }).click();
  await expect(tile(page, 'Consulenze della task force Covid-19')).toContainText('150.000');
});

test('a year filter keeps the comparison: 2019 alone has no change, 2020 is set against 2019', async ({ page }) => {
  await page.goto('/covid?anno=2019');
  await ready(page);
  await expect(tile(page, 'Vertenze sindacali individuali')).toContainText('11.130');
  await expect(tile(page, 'Consulenze della task force Covid-19')).toHaveCount(0);
  await page.goto('/covid?anno=2020');
  await ready(page);
  await expect(tile(page, 'Vertenze sindacali collettive')).toContainText('+350,2% rispetto al 2019');
});

for (const path of ['/lavoro', '/covid']) {
  test(`${path} passes axe with its tables open, and fits a phone without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    for (const button of await page.getByRole('button', { name: 'Mostra tabella dei dati' }).all()) await button.click();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test('on a phone each disputes bar has room for its value: no value is wider than its bar', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/covid');
  await ready(page);
  const chart = page.locator('[data-panel=disputes] .chart-plot');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-label-list text')).toHaveCount(4);
  // Each bar and the value written over it, left to right.
  const pairs = await chart.evaluate((plot) => {
    const box = (e: Element) => e.getBoundingClientRect();
    const bars = [...plot.querySelectorAll('.recharts-bar-rectangle path')].map(box).sort((a, b) => a.left - b.left);
    const values = [...plot.querySelectorAll('.recharts-label-list text')].map(box).sort((a, b) => a.left - b.left);
    return bars.map((b, i) => ({ bar: [b.left, b.right], value: [values[i]!.left, values[i]!.right] }));
  });
  expect(pairs).toHaveLength(4);
  for (const { bar, value } of pairs) {
    expect(value[0]).toBeGreaterThanOrEqual(bar[0]! - 1);
    expect(value[1]).toBeLessThanOrEqual(bar[1]! + 1);
  }
});
