// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module for each test: its shared read lives as long as the page. */
async function loadColours() {
  vi.resetModules();
  return import('../colours');
}

/** The first series colour as a chart sees it. */
async function chartProbe() {
  const { useThemeColours } = await loadColours();
  return function Probe({ name }: { name: string }) {
    const c = useThemeColours();
    return <p data-testid={name}>{c.series[0]}</p>;
  };
}

describe('useThemeColours', () => {
  const root = document.documentElement;
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.head.appendChild(document.createElement('style'));
    style.textContent = ':root { --chart-1: #111111; } :root[data-theme="dark"] { --chart-1: #eeeeee; }';
  });
  afterEach(() => {
    style.remove();
    delete root.dataset.theme;
    vi.restoreAllMocks();
  });

  it('reads the computed style once for every chart on the page, not once per chart', async () => {
    const Probe = await chartProbe();
    const reads = vi.spyOn(window, 'getComputedStyle');
    render(
      <>
        <Probe name="a" />
        <Probe name="b" />
        <Probe name="c" />
      </>,
    );
    expect(screen.getByTestId('a')).toHaveTextContent('#111111');
    expect(screen.getByTestId('c')).toHaveTextContent('#111111');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('gives every chart the new colours when the theme changes, and a chart mounted later too', async () => {
    const Probe = await chartProbe();
    render(<Probe name="a" />);
    expect(screen.getByTestId('a')).toHaveTextContent('#111111');
    await act(async () => {
      root.dataset.theme = 'dark';
      // The observer reports the attribute change in a microtask.
      await Promise.resolve();
    });
    expect(screen.getByTestId('a')).toHaveTextContent('#eeeeee');
    render(<Probe name="later" />);
    expect(screen.getByTestId('later')).toHaveTextContent('#eeeeee');
  });

  it('reads the type scale of the theme and of the screen, for what holds a chart’s words', async () => {
    const { readThemeColours } = await loadColours();
    expect(readThemeColours().scale).toBe(1);
    style.textContent += ' :root[data-theme="projector"] { --font-scale: 1.2; } html { --screen-scale: 2; }';
    root.dataset.theme = 'projector';
    expect(readThemeColours().scale).toBeCloseTo(2.4);
  });
});
