import { useEffect, useState } from 'react';

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
}

const FALLBACK: ThemeColours = {
  series: ['#0b3d91', '#c2410c', '#0f766e', '#7e22ce', '#a16207', '#be185d'],
  text: '#1a1f29', muted: '#4a5363', grid: '#d5d9e0', highlight: '#c2410c', surface: '#ffffff', up: '#0f6e3a', down: '#b3261e', line: 2,
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
  };
}

/**
 * Chart colours that follow the theme (and the system preference when the theme is automatic). The
 * shell writes the theme on the root element (html[data-theme]); the colours are read again when it
 * changes there, once the new stylesheet values apply.
 */
export function useThemeColours(): ThemeColours {
  const [colours, setColours] = useState<ThemeColours>(() => (typeof document === 'undefined' ? FALLBACK : readThemeColours()));
  useEffect(() => {
    const update = () => setColours((prev) => {
      const next = readThemeColours();
      return JSON.stringify(next) === JSON.stringify(prev) ? prev : next;
    });
    const frame = requestAnimationFrame(update);
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    mq?.addEventListener?.('change', update);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      mq?.removeEventListener?.('change', update);
    };
  }, []);
  return colours;
}

/** True when the user asked for less motion: charts then render without animation. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
