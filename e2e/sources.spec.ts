import { axeViolations, expect, holdAppCode, ready, test } from './fixtures';

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
  await expect(summary).toContainText(/\d+ controlli: \d+ superati, 18 avvisi, 0 non applicabili\./);

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

test('the built page holds the checks’ results; the app keeps them in place while it runs the checks, then draws every check', async ({ page, watch }) => {
  // A phone's CPU, as Lighthouse simulates it: the checks then take several frames, and the page is
  // re-rendered around them (the panel list growing) before they are done.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const release = await holdAppCode(page);
  await page.goto('/fonti');
  const summary = page.locator('[data-panel="riepilogo"]');
  const asso = page.locator('[data-panel="fonti"]').getByRole('article', { name: TITLES[0] });
  // Before any script: the results, computed at build time.
  await expect(summary).toContainText('33 controlli: 15 superati, 18 avvisi, 0 non applicabili.');
  await expect(asso).toContainText('7 superati · 7 avvisi · 0 non applicabili');
  await page.evaluate(() => document.querySelectorAll('.sources-summary, .source-meta > div').forEach((el) => el.setAttribute('data-built', '')));
  release();
  await ready(page);
  const checks = page.locator('[data-panel="controlli"]');
  await expect(checks.getByRole('heading', { level: 4, name: 'Numerazione degli indicatori per obiettivo' })).toBeVisible();
  await expect(page.locator('[aria-busy]')).toHaveCount(0);
  // Hydrated, not drawn again: the built elements are still there, with the same words.
  await expect(summary.locator('section[data-built]')).toContainText('33 controlli: 15 superati, 18 avvisi, 0 non applicabili.');
  await expect(asso.locator('div[data-built]', { hasText: 'Controlli' })).toContainText('7 superati · 7 avvisi · 0 non applicabili');
  expect(watch.errors).toEqual([]);
});

// The readings of the words: title, severity, and one sentence each, in both languages.
const READINGS: { it: [title: string, severity: string, text: string]; en: [title: string, severity: string, text: string] }[] = [
  { it: ['Codici di indicatore usati due volte', 'Ambiguità', 'Il codice 6.1.1 è dato a 2 indicatori diversi'], en: ['Indicator codes used twice', 'Ambiguity', 'Code 6.1.1 is given to 2 different indicators'] },
  { it: ['Indicatori senza esito dichiarato', 'Ambiguità', 'Per l’indicatore 4.2.4'], en: ['Indicators without a stated outcome', 'Ambiguity', 'For indicator 4.2.4'] },
  { it: ['Anno delle tabelle diverso da quello della relazione', 'Contraddizione', 'Il testo scrive «Target 2018»'], en: ['Tables dated to another year than the report', 'Contradiction', 'The text reads “Target 2018”'] },
  { it: ['Cadenza dei report: misurata e rendicontata', 'Contraddizione', 'Il nome di PIRA 6.1.1 conta report «trimestrali»'], en: ['Report frequency: measured and reported', 'Contradiction', 'The name of PIRA 6.1.1 counts quarterly reports'] },
  { it: ['Voce ripetuta nell’elenco di un risultato', 'Ambiguità', '«Bando S.I. Soluzioni Innovative 2019» compare 2 volte (righe 1592 e 1596)'], en: ['An entry repeated in a result’s list', 'Ambiguity', 'appears 2 times (lines 1592 and 1596)'] },
  { it: ['Canali nominati dall’indicatore ma assenti dal risultato', 'Ambiguità', 'Di «Google Plus» il risultato non dice nulla'], en: ['Channels the indicator names but its result leaves out', 'Ambiguity', 'The result says nothing of “Google Plus”'] },
  { it: ['Risultato misurato dopo la fine dell’anno', 'Contraddizione', 'porta la data «30.06.2020»'], en: ['A result measured after the year ended', 'Contradiction', 'carries the date “30.06.2020”'] },
  { it: ['Rapporto tra due anni chiamato incremento', 'Contraddizione', 'Come rapporto, 87% vuol dire un calo del 13%'], en: ['A ratio of two years called an increase', 'Contradiction', 'As a ratio, 87% means a fall of 13%'] },
  { it: ['Numerazione degli indicatori per obiettivo', 'Salto di numerazione', 'Manca il 3.3.3'], en: ['Numbering of indicators by objective', 'Gap in numbering', '3.3.3 is missing'] },
  { it: ['Limiti delle classi dimensionali', 'Ambiguità', 'Nessuna classe comprende 100 o 500'], en: ['Bounds of the size classes', 'Ambiguity', 'No class includes 100 or 500'] },
];

test('lists every reading of the sources’ words, with document, lines and severity, in Italian and in English', async ({ page }) => {
  for (const [lang, documentLabel, where] of [['it', 'Documento', 'Dove'], ['en', 'Document', 'Where']] as const) {
    await page.goto(lang === 'it' ? '/fonti' : '/fonti?lingua=en');
    await ready(page);
    const checks = page.locator('[data-panel="controlli"]');
    for (const reading of READINGS) {
      const [title, severity, text] = reading[lang];
      const item = checks.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(severity);
      await expect(item).toContainText(text);
      await expect(item).toContainText(documentLabel);
      await expect(item).toContainText(where);
    }
    const years = checks.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: READINGS[2]![lang][0] }) });
    await expect(years).toContainText('002_8e5dc39e98d30e2a.txt');
    await expect(years).toContainText(lang === 'it' ? 'riga 773' : 'line 773');
  }
});

test('a badge of the Performance view opens its check on the Sources view, keeping the filters', async ({ page }) => {
  await page.goto('/performance?anno=2019&q=6.1.1');
  await ready(page);
  const link = page.getByRole('link', { name: /Codice usato due volte/ }).first();
  await expect(link).toHaveAttribute('href', '/fonti?anno=2019#check-indicators-repeated-codes-cciaa-performance-2019');
  await link.click();
  await expect(page).toHaveURL(/\/fonti\?anno=2019#check-indicators-repeated-codes-cciaa-performance-2019$/);
  const check = page.locator('#check-indicators-repeated-codes-cciaa-performance-2019');
  await expect(check).toBeFocused();
  await expect(check).toBeInViewport();

  await page.goto('/performance?stato=not_stated');
  await ready(page);
  await page.getByRole('link', { name: /Esito non dichiarato/ }).click();
  await expect(page.locator('#check-indicators-unstated-outcome-cciaa-performance-2019')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/performance\?stato=not_stated$/);
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
