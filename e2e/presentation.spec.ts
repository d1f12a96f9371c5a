import { axeViolations, expect, ready, test } from './fixtures';

const stageTitle = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Presentazione' }).locator('h2').first();

test('enter with P, move with the keys, reach the end, leave with Esc back to the same view and filters', async ({ page, watch }) => {
  await page.goto('/?anno=2020');
  await ready(page);
  // Panels below the first ones arrive one per frame: scroll once the page is long enough.
  await expect.poll(() => page.evaluate(() => (window.scrollTo(0, 300), window.scrollY))).toBe(300);
  await page.keyboard.press('p');
  const deck = page.getByRole('region', { name: 'Presentazione' });
  await expect(deck).toBeVisible();
  await expect(page).toHaveURL(/presenta=1/);
  await expect(deck).toContainText('Anno 2020');
  await expect(deck).toContainText(/Diapositiva 1 di \d+/);
  // The deck opens with its title slide, then the overview's summary.
  await expect(stageTitle(page)).toHaveText('Panoramica');
  await page.keyboard.press('ArrowRight');
  await expect(deck).toContainText('Diapositiva 2 di');
  await page.keyboard.press('ArrowLeft');
  await expect(deck).toContainText('Diapositiva 1 di');
  await page.keyboard.press('End');
  const total = (await deck.textContent())!.match(/Diapositiva (\d+) di (\d+)/)!;
  expect(total[1]).toBe(total[2]);
  await page.keyboard.press('ArrowRight');
  await expect(deck).toContainText(`Diapositiva ${total[2]} di ${total[2]}`);
  await page.keyboard.press('Home');
  await expect(deck).toContainText('Diapositiva 1 di');
  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(page).toHaveURL(/\/\?anno=2020$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Panoramica' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);
  expect(watch.errors).toEqual([]);
});

test('keys pressed while the deck gets ready are not lost: P then → → opens on slide 3', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  // Pressed at once, before the deck's code or its panels are there (React shows its wait for 300 ms at least).
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const deck = page.getByRole('region', { name: 'Presentazione' });
  await expect(deck).toContainText(/Diapositiva 3 di \d+/);
  await expect(page).toHaveURL(/slide=3/);
  // And Esc, pressed as soon as it opens, leaves it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Panoramica' })).toBeVisible();
});

test('the Presenta button enters presentation mode; the state holds across a reload', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: /Presenta/ }).click();
  // The deck is counted once its views' panels have loaded.
  await expect(page.getByRole('region', { name: 'Presentazione' })).toContainText(/Diapositiva 1 di \d+/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/slide=2/);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Presentazione' })).toContainText('Diapositiva 2 di');
});

test('a deep link opens slide 3 of the meeting deck', async ({ page }) => {
  await page.goto('/?presenta=1&mazzo=riunione&slide=3');
  const deck = page.getByRole('region', { name: 'Presentazione' });
  await expect(deck).toContainText(/Diapositiva 3 di \d+/);
  await expect(page.getByLabel('Diapositive')).toHaveValue('riunione');
});

test('auto-advance moves on and pauses with A', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?presenta=1&intervallo=5');
  const deck = page.getByRole('region', { name: 'Presentazione' });
  await expect(deck).toContainText('Diapositiva 1 di');
  await page.keyboard.press('a');
  await expect(page.getByRole('button', { name: /Metti in pausa/ })).toHaveAttribute('aria-pressed', 'true');
  await page.clock.runFor(5_100);
  await expect(deck).toContainText('Diapositiva 2 di');
  await page.keyboard.press('a');
  await page.clock.runFor(20_000);
  await expect(deck).toContainText('Diapositiva 2 di');
});

test('cycling through years moves the year filter at the end of the deck', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?anno=2019&presenta=1&intervallo=5&ciclo=anno&auto=1');
  const deck = page.getByRole('region', { name: 'Presentazione' });
  await expect(deck).toContainText(/Diapositiva 1 di [1-9]/);
  // The key handler is bound just after the first paint: repeat End until it has been heard.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(deck).not.toContainText('Diapositiva 1 di', { timeout: 500 });
  }).toPass();
  await page.clock.runFor(5_100);
  await expect(deck).toContainText('Anno 2020');
  await expect(deck).toContainText('Diapositiva 1 di');
});

test('presentation mode passes axe, in the projector theme too', async ({ page }) => {
  for (const theme of ['light', 'projector']) {
    await page.goto(`/?presenta=1&tema=${theme}`);
    await expect(page.getByRole('region', { name: 'Presentazione' })).toContainText('Diapositiva 1 di');
    expect(await axeViolations(page)).toEqual([]);
  }
});
