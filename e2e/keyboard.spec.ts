import type { Page } from '@playwright/test';
import { expect, ready, test } from './fixtures';

/** Tab from the top of the page until focus comes back round; returns the controls of <main> it reached and missed. */
async function tabThrough(page: Page) {
  const controls = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const all = [...main.querySelectorAll<HTMLElement>('button, select, input, a[href], summary, [tabindex="0"]')];
    all.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    return all.filter((el) => el.offsetParent !== null && !(el as HTMLButtonElement).disabled).map((el) => el.getAttribute('data-kb')!);
  });
  const reached = new Set<string>();
  await page.locator('body').focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // A visible focus indicator on every stop.
      const style = el ? getComputedStyle(el) : null;
      if (el && el !== document.body && style && style.outlineStyle === 'none' && style.boxShadow === 'none') throw new Error(`no focus ring on ${el.outerHTML.slice(0, 80)}`);
      return el?.getAttribute('data-kb') ?? null;
    });
    if (id) reached.add(id);
    if (controls.every((c) => reached.has(c))) break;
  }
  return { controls, missed: controls.filter((c) => !reached.has(c)) };
}

test('keyboard alone reaches every control of the Members view, and operates them', async ({ page }) => {
  test.slow();
  await page.goto('/associati');
  await ready(page);
  const { controls, missed } = await tabThrough(page);
  expect(controls.length).toBeGreaterThan(10);
  expect(missed).toEqual([]);
  const employees = page.getByRole('button', { name: 'Dipendenti', exact: true });
  await employees.focus();
  await page.keyboard.press('Enter');
  await expect(employees).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/metrica=/);
});

test('keyboard alone reaches every control of the scorecard and opens and closes an indicator', async ({ page }) => {
  test.slow();
  await page.goto('/performance?sa=1');
  await ready(page);
  const { controls, missed } = await tabThrough(page);
  expect(controls.length).toBeGreaterThan(10);
  expect(missed).toEqual([]);
  const opener = page.locator('main').getByRole('button', { name: /1\.1\.1/ }).first();
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
});
