// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDeferredMount } from '../deferred-mount';
import { inTurn, mountAllDeferred, useProgressiveCount } from '../progressive-mount';

/** A stand-in IntersectionObserver the test drives: `show(el)` says el came near the screen. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {
    this.targets = [];
  }
  /** Says el came within the look-ahead; by default it is on the screen, `top` places it elsewhere. */
  static show(el: Element, top = 0) {
    const boundingClientRect = { top, bottom: top + 300 } as DOMRectReadOnly;
    for (const o of FakeObserver.all.filter((o) => o.targets.includes(el))) {
      o.callback([{ isIntersecting: true, target: el, boundingClientRect } as IntersectionObserverEntry], o as unknown as IntersectionObserver);
    }
  }
}

/** A chart slot whose chart mounts when `useMount` says so. */
function chartUsing(useMount: typeof useDeferredMount) {
  return function Chart({ name }: { name: string }) {
    const ref = useRef<HTMLDivElement>(null);
    const mounted = useMount(ref);
    return (
      <div ref={ref} data-testid={`slot-${name}`}>
        {mounted && <svg aria-label={name} />}
      </div>
    );
  };
}

const Chart = chartUsing(useDeferredMount);

const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));

/** Each test of the describe block gets a fresh FakeObserver, and leaves the module's queue drained. */
function withFakeObserver() {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    // Let the module's queue drain, so no test starts with another's pending task.
    await tick();
    await tick();
  });
}

describe('useDeferredMount', () => {
  withFakeObserver();

  it('mounts a chart only once its place comes near the screen', async () => {
    render(<><Chart name="top" /><Chart name="bottom" /></>);
    await tick();
    expect(screen.queryByLabelText('top')).toBeNull();
    act(() => FakeObserver.show(screen.getByTestId('slot-top')));
    await tick();
    expect(screen.getByLabelText('top')).toBeInTheDocument();
    expect(screen.queryByLabelText('bottom')).toBeNull();
  });

  it('mounts charts that come into view together one per task', () => {
    vi.useFakeTimers();
    try {
      render(<><Chart name="a" /><Chart name="b" /></>);
      act(() => {
        FakeObserver.show(screen.getByTestId('slot-a'));
        FakeObserver.show(screen.getByTestId('slot-b'));
      });
      act(() => vi.advanceTimersToNextTimer());
      expect(document.querySelectorAll('svg')).toHaveLength(1);
      act(() => vi.advanceTimersToNextTimer());
      expect(document.querySelectorAll('svg')).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('mounts every waiting chart at once for printing, seen or not', () => {
    render(<><Chart name="a" /><Chart name="b" /><Chart name="c" /></>);
    act(() => mountAllDeferred());
    expect(document.querySelectorAll('svg')).toHaveLength(3);
  });

  it('runs the turns already queued when everything is mounted at once (printing)', () => {
    vi.useFakeTimers();
    try {
      let drawn = 0;
      inTurn(() => drawn++);
      expect(drawn).toBe(0);
      act(() => mountAllDeferred());
      expect(drawn).toBe(1);
      act(() => vi.runAllTimers());
      expect(drawn).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets a chart that unmounts before its turn', async () => {
    const { unmount } = render(<Chart name="gone" />);
    act(() => FakeObserver.show(screen.getByTestId('slot-gone')));
    unmount();
    await tick();
    expect(() => mountAllDeferred()).not.toThrow();
  });
});

describe('useDeferredMount while the page opens', () => {
  // The module remembers whether the page has moved: each test takes a fresh copy of it.
  async function freshChart() {
    vi.resetModules();
    return chartUsing((await import('../deferred-mount')).useDeferredMount);
  }
  withFakeObserver();

  it('mounts a chart on the screen without waiting for a scroll', async () => {
    const FreshChart = await freshChart();
    render(<FreshChart name="visible" />);
    act(() => FakeObserver.show(screen.getByTestId('slot-visible'), 100));
    await tick();
    expect(screen.getByLabelText('visible')).toBeInTheDocument();
  });

  it('keeps a chart just below the screen for the first scroll, then mounts it', async () => {
    const FreshChart = await freshChart();
    render(<FreshChart name="below" />);
    act(() => FakeObserver.show(screen.getByTestId('slot-below'), window.innerHeight + 20));
    await tick();
    expect(screen.queryByLabelText('below')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    await tick();
    expect(screen.getByLabelText('below')).toBeInTheDocument();
  });

  it('mounts a chart as soon as it nears the screen once the page has moved', async () => {
    const FreshChart = await freshChart();
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    render(<FreshChart name="later" />);
    act(() => FakeObserver.show(screen.getByTestId('slot-later'), window.innerHeight + 20));
    await tick();
    expect(screen.getByLabelText('later')).toBeInTheDocument();
  });

  it('ignores scrolling inside an element (only the page moving counts)', async () => {
    const FreshChart = await freshChart();
    render(<FreshChart name="still" />);
    act(() => FakeObserver.show(screen.getByTestId('slot-still'), window.innerHeight + 20));
    act(() => {
      screen.getByTestId('slot-still').dispatchEvent(new Event('scroll'));
    });
    await tick();
    expect(screen.queryByLabelText('still')).toBeNull();
  });
});

describe('useProgressiveCount', () => {
  function List({ total }: { total: number }) {
    const shown = useProgressiveCount(total, 2);
    return (
      <ul>
        {Array.from({ length: shown }, (_, i) => (
          <li key={i}>item {i}</li>
        ))}
      </ul>
    );
  }
  const frame = () => act(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

  it('renders the first items at once, then one more per frame until all are there', async () => {
    render(<List total={4} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await frame();
    await frame();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 4; i++) await frame();
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });

  it('never renders more items than there are', async () => {
    render(<List total={1} />);
    for (let i = 0; i < 3; i++) await frame();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('renders every item at once when everything waiting is mounted (printing)', () => {
    render(<List total={9} />);
    act(() => mountAllDeferred());
    expect(screen.getAllByRole('listitem')).toHaveLength(9);
  });
});
