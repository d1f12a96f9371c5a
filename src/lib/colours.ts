import { useSyncExternalStore } from 'react';

/** Colour-blind-safe categorical palette (Okabe–Ito inspired), resolved from the current theme's CSS variables. */
export interface ThemeColours {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  highlight: string;
  surface: string;
  up: string;
  down: string;
  line: number;
  /**
   * The type's size against the default 16 px, on this screen and in this theme (1.2 in the projector
   * theme, 2 on a 4K screen): what holds a chart's words (an axis's width) grows by it.
   */
  scale: number;
}

const FALLBACK: ThemeColours = {
  series: ['#0b3d91', '#c2410c', '#0f766e', '#7e22ce', '#a16207', '#be185d'],
  text: '#1a1f29', muted: '#4a5363', grid: '#d5d9e0', highlight: '#c2410c', surface: '#ffffff', up: '#0f6e3a', down: '#b3261e', line: 2, scale: 1,
};

export function readThemeColours(el: Element = document.documentElement): ThemeColours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    series: FALLBACK.series.map((c, i) => v(`--chart-${i + 1}`, c)),
    text: v('--text', FALLBACK.text),
    muted: v('--muted', FALLBACK.muted),
    grid: v('--chart-grid', FALLBACK.grid),
    highlight: v('--chart-highlight', FALLBACK.highlight),
    surface: v('--surface', FALLBACK.surface),
    up: v('--up', FALLBACK.up),
    down: v('--down', FALLBACK.down),
    line: parseFloat(v('--line', '2')) || 2,
    scale: (parseFloat(v('--font-scale', '1')) || 1) * (parseFloat(v('--screen-scale', '1')) || 1),
  };
}

/**
 * The colours every chart reads: one read of the computed style, shared, and read again only when the
 * theme changes. Each read forces the browser to compute the page's style: a view mounting five charts
 * in five tasks paid it in each of them, during render, and once more a frame later.
 */
const theme = {
  colours: null as ThemeColours | null,
  listeners: new Set<() => void>(),
  watching: false,
};

function currentColours(): ThemeColours {
  if (typeof document === 'undefined') return FALLBACK;
  return (theme.colours ??= readThemeColours());
}

function refreshColours() {
  const next = readThemeColours();
  if (theme.colours && JSON.stringify(next) === JSON.stringify(theme.colours)) return;
  theme.colours = next;
  theme.listeners.forEach((listener) => listener());
}

/**
 * The shell writes the theme on the root element (html[data-theme]); the colours are read again when it
 * changes there, when the system's light or dark preference changes, when the window is resized (the
 * screen's scale), and once a frame after the first chart subscribes (a stylesheet applied after the
 * first read, as on the dev server).
 */
function subscribeColours(listener: () => void): () => void {
  theme.listeners.add(listener);
  if (!theme.watching) {
    theme.watching = true;
    requestAnimationFrame(refreshColours);
    new MutationObserver(refreshColours).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', refreshColours);
    // The screen's scale follows the window's width (styles.css).
    window.addEventListener('resize', refreshColours);
  }
  return () => theme.listeners.delete(listener);
}

/** Chart colours that follow the theme (and the system preference when the theme is automatic). */
export function useThemeColours(): ThemeColours {
  return useSyncExternalStore(subscribeColours, currentColours, currentColours);
}

/** True when the user asked for less motion: charts then render without animation. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
