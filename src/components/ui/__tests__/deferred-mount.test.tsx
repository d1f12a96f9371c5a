import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountAllDeferred, useDeferredMount, useProgressiveCount } from '../deferred-mount';

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
  static show(el: Element) {
    for (const o of FakeObserver.all.filter((o) => o.targets.includes(el))) {
      o.callback([{ isIntersecting: true, target: el } as IntersectionObserverEntry], o as unknown as IntersectionObserver);
    }
  }
}

function Chart({ name }: { name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const mounted = useDeferredMount(ref);
  return (
    <div ref={ref} data-testid={`slot-${name}`}>
      {mounted && <svg aria-label={name} />}
    </div>
  );
}

const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('useDeferredMount', () => {
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

  it('forgets a chart that unmounts before its turn', async () => {
    const { unmount } = render(<Chart name="gone" />);
    act(() => FakeObserver.show(screen.getByTestId('slot-gone')));
    unmount();
    await tick();
    expect(() => mountAllDeferred()).not.toThrow();
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
