// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyChart } from '../lazy-chart';
import { PanelBoundary } from '../panel-boundary';

/** A chart module whose arrival the test decides. */
function deferredModule() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const Chart = ({ label }: { label: string }) => <svg aria-label={label} />;
  const load = vi.fn(
    () =>
      new Promise<{ default: typeof Chart }>((resolve, reject) => {
        arrive = () => resolve({ default: Chart });
        fail = reject;
      }),
  );
  return { load, arrive: () => arrive(), fail: (e: Error) => fail(e) };
}

// Lets promise callbacks and the one-per-task turn (a zero timeout) run.
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('lazyChart', () => {
  afterEach(async () => {
    await settle();
  });

  it('draws nothing until its code is there, then the chart with its props', async () => {
    const m = deferredModule();
    const Chart = lazyChart(m.load);
    render(<Chart label="bars" />);
    await settle();
    expect(m.load).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText('bars')).toBeNull();
    m.arrive();
    await settle();
    await settle();
    expect(screen.getByLabelText('bars')).toBeInTheDocument();
  });

  it('draws at once, in the same render, when its code has already loaded', async () => {
    const m = deferredModule();
    const Chart = lazyChart(m.load);
    const first = render(<Chart label="first" />);
    m.arrive();
    await settle();
    await settle();
    first.unmount();
    render(<Chart label="again" />);
    expect(screen.getByLabelText('again')).toBeInTheDocument();
    expect(m.load).toHaveBeenCalledTimes(1);
  });

  it('reports a chunk that fails in the panel, whose retry asks for it again', async () => {
    const m = deferredModule();
    const Chart = lazyChart(m.load);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PanelBoundary name="Social">
        <Chart label="bars" />
      </PanelBoundary>,
    );
    await settle();
    m.fail(new Error('chunk missing'));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('chunk missing');
    fireEvent.click(screen.getByRole('button'));
    await settle();
    expect(m.load).toHaveBeenCalledTimes(2);
    m.arrive();
    await settle();
    await settle();
    expect(screen.getByLabelText('bars')).toBeInTheDocument();
    vi.mocked(console.error).mockRestore();
  });
});

describe('preloadCharts', () => {
  it('loads every known chart not loaded yet, one per idle moment, in one pass at a time, none twice', async () => {
    // A fresh copy of the module, so that only these two charts are known.
    vi.resetModules();
    const fresh = await import('../lazy-chart');
    const a = deferredModule();
    const b = deferredModule();
    fresh.lazyChart(a.load);
    fresh.lazyChart(b.load);
    const idle: (() => void)[] = [];
    const done = fresh.preloadCharts((run) => idle.push(run));
    expect(idle).toHaveLength(1);
    // Another chart mounting meanwhile joins the pass under way.
    expect(fresh.preloadCharts((run) => idle.push(run))).toBe(done);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    a.arrive();
    await Promise.resolve();
    await Promise.resolve();
    expect(idle).toHaveLength(1);
    idle.shift()!();
    b.arrive();
    await done;
    expect(a.load).toHaveBeenCalledTimes(1);
    expect(b.load).toHaveBeenCalledTimes(1);
    // Both have loaded: a second pass has nothing left to ask for.
    const again: (() => void)[] = [];
    await fresh.preloadCharts((run) => again.push(run));
    expect(again).toHaveLength(0);
  });

  it('waits for the reader to move before loading anything (a view opening pays for no chart it does not draw)', async () => {
    vi.resetModules();
    vi.useFakeTimers();
    try {
      const fresh = await import('../lazy-chart');
      const a = deferredModule();
      fresh.lazyChart(a.load);
      void fresh.preloadCharts();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(a.load).not.toHaveBeenCalled();
      window.dispatchEvent(new Event('scroll'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(a.load).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
