/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offline } from './scripts/vite-plugin-offline.ts';
import { firstScreenData } from './scripts/vite-plugin-preload.ts';
import { prerenderViews } from './scripts/vite-plugin-prerender.ts';
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

export default defineConfig({
  plugins: [react(), firstScreenData(), prerenderViews(VIEW_PATHS), offline()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  // One stylesheet, linked by the HTML: the prerendered first screen of every view is styled as it paints.
  build: { target: 'es2022', cssCodeSplit: false, modulePreload: false },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
