// Screenshots of every view, it/en, desktop and phone (run from the worktree with vite preview on PORT).
import { chromium } from 'playwright-core';
const PORT = process.env.PW_PORT ?? '4183';
const only = process.argv[2];
const views = { overview: '/', members: '/associati', communication: '/comunicazione', scorecard: '/performance', labour: '/lavoro', covid: '/covid', sources: '/fonti' };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h, tag] of [[1920, 1080, 'wide'], [390, 844, 'phone']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  for (const lang of ['it', 'en']) {
    for (const [name, path] of Object.entries(views)) {
      if (only && !name.startsWith(only)) continue;
      const extra = process.env.Q ? '&' + process.env.Q : '';
      await page.goto(`http://127.0.0.1:${PORT}${path}?lingua=${lang}${extra}`);
      await page.waitForSelector('html[data-app="ready"]', { timeout: 15000 }).catch(() => {});
      await page.waitForTimeout(800);
      for (let y = 0; y < 20000; y += 700) { await page.mouse.wheel(0, 700); await page.waitForTimeout(60); }
      await page.waitForTimeout(600);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `/tmp/issue-17-shots/${name}-${lang}-${tag}${process.env.SUFFIX ?? ''}.png`, fullPage: true });
    }
  }
  await ctx.close();
}
await browser.close();
