import { expect, ready, test } from './fixtures';

const VIEWS = ['/', '/associati', '/comunicazione', '/performance', '/lavoro', '/covid', '/fonti'];

test.describe('a broken dataset', () => {
  for (const [kind, body, status, message] of [
    ['missing', 'Not found', 404, /HTTP 404/],
    ['truncated', '{"schemaVersion": 1, "id": "lavoro-milano-2018", "facts": [', 200, /JSON valido/],
    ['not JSON', '<html>oops</html>', 200, /JSON valido/],
    ['off-schema', JSON.stringify({ schemaVersion: 1, id: 'lavoro-milano-2018', facts: [{ id: 'x', value: 'sei' }] }), 200, /schema/],
  ] as const) {
    test(`(${kind}) is named in an alert within a second; the rest keeps working`, async ({ page, watch }) => {
      await page.route('**/data/lavoro-milano-2018.json', (route) => route.fulfill({ status, body, contentType: 'application/json' }));
      // Timed inside the page: from the moment the app's fetch hands it the broken response (it may come
      // from the HTML's preload) to the alert naming the file.
      await page.addInitScript(() => {
        const w = window as unknown as { __gotAt?: number; __alertAt?: number };
        const original = window.fetch.bind(window);
        window.fetch = (input, init) =>
          original(input, init).then((r) => {
            if (String(input instanceof Request ? input.url : input).endsWith('/data/lavoro-milano-2018.json')) w.__gotAt = performance.now();
            return r;
          });
        new MutationObserver(() => {
          if (w.__alertAt === undefined && [...document.querySelectorAll('[role=alert]')].some((a) => a.textContent?.includes('lavoro-milano-2018.json'))) w.__alertAt = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto('/');
      const alert = page.getByRole('alert').filter({ hasText: 'lavoro-milano-2018.json' });
      await expect(alert).toContainText(message);
      const elapsed = await page.evaluate(() => {
        const w = window as unknown as { __gotAt: number; __alertAt: number };
        return w.__alertAt - w.__gotAt;
      });
      // Under a second, with no retry loop in between.
      expect(elapsed).toBeLessThan(1000);
      await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.796');
      await page.getByRole('link', { name: 'Associati' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(watch.errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    });
  }

  test('is asked for once, not in a retry loop', async ({ page }) => {
    let calls = 0;
    await page.route('**/data/sviluppo-pmi-2020.json', (route) => {
      calls += 1;
      return route.fulfill({ status: 404, body: 'no' });
    });
    await page.goto('/');
    await expect(page.getByRole('alert').filter({ hasText: 'sviluppo-pmi-2020.json' })).toBeVisible();
    // The HTML's preload and the app's own fetch: at most two requests, and none after the message.
    const seen = calls;
    expect(seen).toBeLessThanOrEqual(2);
    await page.waitForTimeout(1500);
    expect(calls).toBe(seen);
  });
});

test('an error inside the charts stays inside their panels, with a retry', async ({ page, watch }) => {
  // Every chart measures itself with ResizeObserver: make it throw so each chart's render fails.
  await page.addInitScript(() => {
    window.ResizeObserver = class {
      constructor() {
        throw new Error('broken chart for the test');
      }
    } as unknown as typeof ResizeObserver;
  });
  await page.goto('/associati');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const broken = page.getByRole('alert').filter({ hasText: 'Questo pannello non può essere mostrato' });
  await expect(broken.first()).toBeVisible();
  await expect(broken.first().getByRole('button', { name: 'Riprova' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sezioni' })).toBeVisible();
  await expect(page.getByLabel('Anno')).toBeVisible();
  expect(watch.errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
});

test('no Content-Security-Policy violation on any view, and the policy is strict', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('/');
  const csp = response!.headers()['content-security-policy']!;
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  for (const path of VIEWS) {
    await page.goto(path);
    await ready(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), path).toEqual([]);
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit the dashboard and its data open offline', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('article', { name: 'Imprese associate', exact: true })).toContainText('6.796');
  await expect(page.getByText(/Sei offline/)).toBeVisible();
  await page.getByRole('link', { name: 'Lavoro e territorio' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});
});
