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
            { name: 'boot', test: /src[\\/]app[\\/]boot\.ts$/, priority: 40 },
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'app', test: /node_modules[\\/](react[\\/]|react-dom[\\/](index\.js|cjs[\\/]react-dom\.production\.js))|src[\\/](app[\\/](app|providers)\.tsx|data[\\/](queries|kpi|empty-state)\.ts|store[\\/](url-sync|url-state|filters-store)\.ts|store[\\/]view-model\.tsx|components[\\/]ui[\\/](view-frame|kpi-tile|panel|empty-panels)\.tsx|components[\\/]connected[\\/]empty-state\.tsx)$/, priority: 35 },
            { name: 'overview', test: /src[\\/]features[\\/]overview[\\/](panels|components[\\/]overview-view)\.tsx$/, priority: 10 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
