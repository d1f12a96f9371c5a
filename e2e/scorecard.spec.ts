import type { Page } from '@playwright/test';
import { axeViolations, expect, ready, test } from './fixtures';

// Axe over the full list (76 indicator rows, two charts) takes several seconds on a small machine.
const list = (page: Page) => page.getByRole('region', { name: 'Indicatori per area e obiettivo' });

test('a manager narrows the scorecard to area 1 and "non raggiunto", opens an indicator, reloads its URL and closes it', async ({ page, watch }) => {
  test.slow();
  await page.goto('/performance');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Performance 2019 della Camera di commercio' })).toBeVisible();
  const panel = list(page);
  await expect(panel.getByRole('status')).toHaveText('76 indicatori');

  await panel.getByLabel('Area strategica', { exact: true }).selectOption('1');
  await panel.getByLabel('Esito', { exact: true }).selectOption('not_achieved');
  await expect(page).toHaveURL(/[?&]sa=1(&|$)/);
  await expect(page).toHaveURL(/[?&]stato=not_achieved(&|$)/);
  await expect(panel.getByRole('status')).toHaveText('5 indicatori');
  const buttons = panel.getByRole('button', { name: /^1\.\d\.\d / });
  await expect(buttons).toHaveText([/^1\.1\.1 /, /^1\.1\.2 /, /^1\.1\.3 /, /^1\.1\.5 /, /^1\.4\.2 /]);

  // Open from the list: the dialog has its own URL, Esc closes it and focus goes back to the button.
  const opener = panel.getByRole('button', { name: /^1\.1\.1 Grado di utilizzo del budget/ });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: /^1\.1\.1 · Grado di utilizzo del budget/ });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/[?&]indicatore=cciaa19\.plan\.1\.1\.1(&|$)/);
  await expect(dialog).toContainText('>=95%');
  await expect(dialog).toContainText('Grado di utilizzo del budget: 47%');
  await expect(dialog).toContainText('Valore contabilizzato anno t / Valore di budget anno t');
  await expect(dialog).toContainText('412');
  await expect(dialog).toContainText('-48 punti — risultato 47% contro target ≥ 95%');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/indicatore=/);
  await expect(opener).toBeFocused();

  // The same link again, then a reload: the dialog is there, over the same filtered list.
  await opener.press('Enter');
  await expect(dialog).toBeVisible();
  // The address bar is written a task after the change (url-sync.ts): the link to share is the one that names the indicator.
  await expect(page).toHaveURL(/[?&]indicatore=cciaa19\.plan\.1\.1\.1(&|$)/);
  const shared = page.url();
  await page.reload();
  await ready(page);
  expect(page.url()).toBe(shared);
  await expect(dialog).toBeVisible();
  await expect(list(page).getByRole('status')).toHaveText('5 indicatori');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/[?&]sa=1&stato=not_achieved$/);
  // After a reload the opener is unknown: focus goes to the indicator's first button, in the missed panel on top.
  await expect(page.getByRole('region', { name: 'Cosa non è stato raggiunto' }).getByRole('button', { name: /^1\.1\.1 / })).toBeFocused();

  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('search ignores case and accents; combinations that match nothing say so; unknown values are ignored', async ({ page }) => {
  await page.goto('/performance?sa=9&stato=boh&tag=pira');
  await ready(page);
  const panel = list(page);
  await expect(panel.getByRole('status')).toHaveText('76 indicatori');
  await expect(panel.getByLabel('Area strategica', { exact: true })).toHaveValue('');

  await panel.getByLabel('Cerca per codice o nome').fill('ATTIVITÀ REGOLATE');
  await expect(panel.getByRole('status')).toHaveText('1 indicatore');
  await expect(panel.getByRole('button', { name: /^1\.1\.6 / })).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=ATTIVIT/);

  await panel.getByLabel('Cerca per codice o nome').fill('');
  await panel.getByLabel('Area strategica', { exact: true }).selectOption('2');
  await panel.getByLabel('Tag', { exact: true }).selectOption('Kronos');
  await expect(panel.getByRole('status')).toHaveText('Nessun indicatore corrisponde a questa combinazione di filtri.');
  await panel.getByRole('button', { name: 'Azzera i filtri degli indicatori' }).click();
  await expect(panel.getByRole('status')).toHaveText('76 indicatori');
});

test('what was missed comes first, ranked by shortfall in each indicator’s unit; the outcome tiles filter the list; the staff table gives 443 posts and 374 filled', async ({ page }) => {
  test.slow();
  await page.goto('/performance');
  await ready(page);
  const missed = page.getByRole('region', { name: 'Cosa non è stato raggiunto' });
  await expect(page.locator('main [data-panel]').first().getByRole('heading', { level: 2 })).toHaveText('Cosa non è stato raggiunto');
  await expect(missed.getByRole('listitem')).toHaveCount(13);
  await expect(missed.getByRole('listitem').first()).toContainText('5.1.1');
  await expect(missed.getByRole('listitem').first()).toContainText('-50 punti — risultato 40% contro target ≥ 90%');
  await expect(missed).not.toContainText('Mancato del');
  // Codes two tables share say which table: 1.1.5 of the plan and 1.1.5 of the PIRA indicators.
  await expect(missed.getByRole('button', { name: /^1\.1\.5 · Piano / })).toBeVisible();

  const notAchieved = page.getByRole('button', { name: /Non raggiunti/ });
  await expect(notAchieved).toHaveAttribute('aria-pressed', 'false');
  await notAchieved.click();
  await expect(notAchieved).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]stato=not_achieved(&|$)/);
  await expect(list(page).getByRole('status')).toHaveText('13 indicatori');
  await notAchieved.click();
  await expect(list(page).getByRole('status')).toHaveText('76 indicatori');

  await expect(missed.getByRole('listitem').last()).toContainText('3.1.1');
  await expect(page.getByRole('heading', { name: /occupati 374 posti su 443 in dotazione/ })).toBeVisible();
  await page.getByRole('figure', { name: /occupati 374 posti/ }).getByRole('button', { name: 'Mostra tabella dei dati' }).click();
  await expect(page.getByRole('table', { name: /occupati 374 posti/ })).toContainText('Categoria C');
  expect(await axeViolations(page)).toEqual([]);
});

test('global filters that exclude the indicators show the empty state', async ({ page }) => {
  await page.goto('/performance?anno=2020');
  await ready(page);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toBeVisible();
  await page.getByRole('button', { name: 'Mostra il 2019' }).click();
  await expect(list(page).getByRole('status')).toHaveText('76 indicatori');

  await page.goto('/performance?area=staff');
  await ready(page);
  await expect(page.getByText('Nessun dato per i filtri scelti')).toBeVisible();
  await expect(page.getByRole('heading', { name: /occupati 374 posti su 443/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the check badges come once their checks have run, whole in their column on a wide projector screen and on a phone', async ({ page }) => {
  for (const [width, height] of [[1920, 1080], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/performance?tema=projector');
    await ready(page);
    const badge = list(page).getByRole('link', { name: 'Codice usato due volte' }).first();
    await badge.scrollIntoViewIfNeeded();
    await expect(badge).toBeVisible();
    // Not cut by its column: the tag shows all of its words, inside its row.
    const fits = await badge.evaluate((a) => {
      const tag = a.closest('li')!;
      const row = tag.closest('.sc-row')!.getBoundingClientRect();
      const box = tag.getBoundingClientRect();
      return tag.scrollWidth <= tag.clientWidth + 1 && box.right <= row.right + 1 && box.left >= row.left - 1;
    });
    expect(fits, `${width}×${height}`).toBe(true);
  }
});
