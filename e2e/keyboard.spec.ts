import type { Page } from '@playwright/test';
import { expect, ready, test } from './fixtures';

/** The visible, enabled controls of <main>, each marked with a stable data-kb id (panels still arriving get new ids). */
function controlsOf(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const all = [...main.querySelectorAll<HTMLElement>('button, select, input, a[href], summary, [tabindex="0"]')];
    const counter = window as unknown as { kbNext?: number };
    for (const el of all) if (!el.hasAttribute('data-kb')) el.setAttribute('data-kb', String((counter.kbNext = (counter.kbNext ?? 0) + 1)));
    return all.filter((el) => el.offsetParent !== null && !(el as HTMLButtonElement).disabled).map((el) => el.getAttribute('data-kb')!);
  });
}

/** Tab from the top of the page until every control of <main> has had focus; returns those it reached and missed. */
async function tabThrough(page: Page) {
  let controls = await controlsOf(page);
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
    // Long views add their lower panels as the page settles: look again before stopping.
    if (controls.every((c) => reached.has(c))) {
      controls = await controlsOf(page);
      if (controls.every((c) => reached.has(c))) break;
    }
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
