/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offline } from './scripts/vite-plugin-offline.ts';
import { prerenderViews } from './scripts/vite-plugin-prerender.ts';
import { checkedDataDigests } from './scripts/checked-data.ts';
import { VIEW_PATHS } from './src/lib/views.ts';

/**
 * Strict security headers for `vite preview` (the production build); the README shows the same
 * headers for static hosts. Nothing inline, nothing third-party, data only from our own origin.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** The data every first visit loads (src/app/boot.ts): the manifest and every dataset it lists, so a new dataset needs no code. */
const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as { datasets: { file: string }[] };

/**
 * The first screen's code in three files, not the forty small chunks the bundler cuts by default
 * (each compressed alone, they cost 8 KB more gzip). A group takes the modules its test names and
 * what they import, unless a group of higher priority took it first:
 * - boot: the HTML's one script (src/app/boot.ts) and its imports;
 * - app: React, what every view needs (data layer, store, shell, view frame, tile) and the first
 *   view, the overview (2 KB gzip: in a file of its own it cost 0.5 KB more);
 * - react-dom: React's DOM renderer, which the boot loads after the view, in a task of its own.
 * Other views keep the bundler's chunks. main.tsx is in none: its body hydrates the page, and runs
 * when the boot imports it, last.
 */
const APP_MODULES = [
  '/node_modules/react/index.js',
  '/node_modules/react/jsx-runtime.js',
  '/node_modules/react-dom/index.js',
  ...['app/app.tsx', 'app/providers.tsx', 'data/queries.ts', 'data/kpi.ts', 'data/empty-state.ts']
    .concat(['store/url-sync.ts', 'store/url-state.ts', 'store/filters-store.ts', 'store/view-model.tsx'])
    .concat(['components/ui/view-frame.tsx', 'components/ui/kpi-tile.tsx', 'components/ui/panel.tsx', 'components/ui/empty-panels.tsx'])
    .concat(['components/connected/empty-state.tsx', 'features/overview/panels.tsx', 'features/overview/components/overview-view.tsx'])
    .map((m) => `/src/${m}`),
];

export default defineConfig({
  plugins: [react(), prerenderViews(VIEW_PATHS), offline()],
  define: {
    __FIRST_SCREEN_DATA__: JSON.stringify(['manifest.json', ...manifest.datasets.map((d) => d.file)]),
    // Checked here, once: the page parses a file with the same digest without loading the schemas.
    __CHECKED_DATA__: JSON.stringify(checkedDataDigests()),
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  // One stylesheet, linked by the HTML: the prerendered first screen of every view is styled as it paints.
  build: {
    target: 'es2022',
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', test: (id) => id.endsWith('/src/app/boot.ts'), priority: 40 },
            { name: 'app', test: (id) => APP_MODULES.some((m) => id.endsWith(m)), priority: 35 },
            { name: 'react-dom', test: /\/node_modules\/(react-dom|scheduler)\//, priority: 30 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // Plain Node runs the data and logic tests (the larger part, and several times faster); a test
    // that renders or needs the browser's objects says so on its first line: `// @vitest-environment jsdom`.
    environment: 'node',
    // Worker threads, not child processes: no test changes the process (chdir, TZ), and the 1,505
    // tests took 58-60 s instead of 74-75 s here (two runs each, 2 cores).
    pool: 'threads',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
