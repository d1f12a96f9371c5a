// The features' URL parameters, as the app registers them before reading a URL.
import '../app/views';
import { afterEach } from 'vitest';

// Only a test in a browser-like page (`// @vitest-environment jsdom`) renders: it gets the DOM
// matchers and an empty page after each test.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
