import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** The presenter's laptop and the projector: two windows of one browser, kept in step without a server. */
const presenterRegion = (page: Page) => page.getByRole('region', { name: 'Vista relatore' });
const slidesRegion = (page: Page) => page.getByRole('region', { name: 'Presentazione' });
const banner = (page: Page) => slidesRegion(page).locator('.presentation-where');

test('R opens the audience window; keys in either window and the presenter’s year move both; reopening resyncs', async ({ page, watch }) => {
  await page.goto('/?anno=2020&presenta=1');
  await expect(slidesRegion(page)).toContainText('Diapositiva 1 di');
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('r');
  const audience = await popup;
  await expect(presenterRegion(page)).toBeVisible();
  await expect(page).toHaveURL(/relatore=1/);
  await expect(audience).toHaveURL(/presenta=1/);
  expect(audience.url()).not.toContain('relatore');
  await expect(banner(audience)).toContainText('Diapositiva 1 di');
  await expect(presenterRegion(page)).toContainText('Finestra del pubblico: collegata');
  // The audience window shows the slide and its banner: no controls.
  await expect(audience.getByRole('navigation', { name: 'Comandi della presentazione' })).toHaveCount(0);
  await expect(audience.getByRole('button')).toHaveCount(0);
  expect(await axeViolations(audience)).toEqual([]);

  await page.keyboard.press('ArrowRight');
  await expect(banner(audience)).toContainText('Diapositiva 2 di');
  await audience.keyboard.press('ArrowRight');
  await expect(presenterRegion(page).locator('.presenter-where')).toHaveText(/Diapositiva 3 di/);

  await presenterRegion(page).getByLabel('Anno', { exact: true }).selectOption('2019');
  await expect(slidesRegion(audience).locator('.presentation-filters')).toHaveText(/Anno 2019$/);

  // Closed: the presenter goes on alone, and says so.
  await audience.close({ runBeforeUnload: true });
  await expect(presenterRegion(page)).toContainText('Finestra del pubblico: non collegata');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(presenterRegion(page).locator('.presenter-where')).toHaveText(/Diapositiva 2 di/);

  // Reopened with an old address: it asks, the presenter answers, it shows the presenter's slide and year.
  const again = await page.context().newPage();
  await again.goto('/?anno=2020&presenta=1&slide=4');
  await expect(banner(again)).toContainText('Diapositiva 2 di');
  await expect(slidesRegion(again).locator('.presentation-filters')).toHaveText(/Anno 2019$/);
  await expect(presenterRegion(page)).toContainText('Finestra del pubblico: collegata');

  // Esc ends the presentation in both windows, and the presenter's marker goes with it.
  await page.keyboard.press('Escape');
  await expect(presenterRegion(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/relatore|presenta/);
  await expect(slidesRegion(again)).toHaveCount(0);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('the notes give the slide’s figures and source, never on the audience window; a presenter’s note survives a reload', async ({ page }) => {
  const popup = page.waitForEvent('popup');
  await page.goto('/associati?anno=2020&presenta=1&slide=2&relatore=1');
  const audience = await popup;
  const notes = page.getByTestId('speaker-notes');
  await expect(notes).toContainText('Imprese associate: 6.796 imprese (2020, Assolombarda)');
  await expect(notes).toContainText('Relazione dell\'attività 2020 (Assolombarda), sezione «1 | Gli associati»');
  await expect(notes).toContainText('Verifica di coerenza non superata: Totale dei gruppi e totale delle imprese associate');

  const own = page.getByLabel('La tua nota per questa diapositiva');
  await own.fill('Ricordare il saldo di 99 imprese');
  await expect(slidesRegion(audience)).toContainText('6.796 imprese');
  const audienceText = await audience.locator('body').innerText();
  for (const text of ['(2020, Assolombarda)', 'sezione «1 | Gli associati»', 'Verifica di coerenza', 'Ricordare il saldo', 'Note del relatore']) {
    expect(audienceText).not.toContain(text);
  }

  await page.reload();
  await expect(page.getByLabel('La tua nota per questa diapositiva')).toHaveValue('Ricordare il saldo di 99 imprese');
  // Another slide has its own note (none yet); back again, the note is there.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('La tua nota per questa diapositiva')).toHaveValue('');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByLabel('La tua nota per questa diapositiva')).toHaveValue('Ricordare il saldo di 99 imprese');
  await expect(banner(audience)).toContainText('Diapositiva 2 di');
});

test('the presenter view is usable by keyboard alone and passes axe', async ({ page }) => {
  const popup = page.waitForEvent('popup');
  await page.goto('/?anno=2020&presenta=1&relatore=1&slide=2');
  await popup;
  await expect(page.getByTestId('speaker-notes')).toContainText('6.796');
  // The deck's slide list: a slide by Tab and Enter.
  const third = presenterRegion(page).getByRole('navigation', { name: 'Diapositive della presentazione' }).getByRole('button').nth(2);
  await third.focus();
  await page.keyboard.press('Enter');
  await expect(third).toHaveAttribute('aria-current', 'step');
  expect(await axeViolations(page)).toEqual([]);
});

test('a blocked popup leaves the presenter a clear message, a button and a link', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto('/?presenta=1&relatore=1');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Il browser ha bloccato la finestra del pubblico');
  await expect(alert.getByRole('button', { name: 'Apri la finestra del pubblico' })).toBeVisible();
  const link = alert.getByRole('link');
  await expect(link).toHaveAttribute('href', /presenta=1/);
  expect(await link.getAttribute('href')).not.toContain('relatore');
  await expect(presenterRegion(page).getByTestId('speaker-notes')).toBeVisible();
});
