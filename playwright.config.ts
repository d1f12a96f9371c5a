import { defineConfig, devices } from '@playwright/test';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Playwright's own Chromium when present, else PW_CHROMIUM_PATH or Debian's chromium. */
function executablePath(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    /* no bundled browser */
  }
  return [process.env.PW_CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}

/** PW_PORT / PW_OUTDIR let several builds be tested side by side (defaults: 4173, dist). */
const PORT = Number(process.env.PW_PORT ?? 4173);
const OUT_DIR = process.env.PW_OUTDIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // page.route cannot see requests a service worker answers: block it except in the offline test.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: executablePath(),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: `./node_modules/.bin/vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
