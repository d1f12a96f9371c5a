// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../after-first-paint';

/** A PerformanceObserver whose paint entries the test delivers. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  static supportedEntryTypes = ['paint'];
  observed: unknown[] = [];
  disconnected = false;
  constructor(private readonly callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
    FakeObserver.instances.push(this);
  }
  observe(options: unknown) {
    this.observed.push(options);
  }
  disconnect() {
    this.disconnected = true;
  }
  deliver(...names: string[]) {
    this.callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeObserver.instances = [];
  vi.stubGlobal('PerformanceObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint to be on the screen, then starts in a task of its own', () => {
    const start = vi.fn();
    afterFirstPaint(start, { painted: true });
    const observer = FakeObserver.instances[0]!;
    expect(observer.observed).toEqual([{ type: 'paint', buffered: true }]);
    vi.advanceTimersByTime(500);
    observer.deliver('first-paint');
    vi.advanceTimersByTime(10);
    expect(start).not.toHaveBeenCalled();
    observer.deliver('first-contentful-paint');
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
  });

  it('starts anyway when no paint entry comes, and only once', () => {
    const start = vi.fn();
    afterFirstPaint(start, { painted: true, waitAtMost: 300 });
    vi.advanceTimersByTime(299);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(start).toHaveBeenCalledTimes(1);
    FakeObserver.instances[0]!.deliver('first-contentful-paint');
    vi.advanceTimersByTime(1000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('with nothing painted yet (an empty page) or in a hidden tab, starts after the next frame', () => {
    const start = vi.fn();
    afterFirstPaint(start, { painted: false });
    expect(FakeObserver.instances).toHaveLength(0);
    vi.advanceTimersByTime(20);
    expect(start).toHaveBeenCalledTimes(1);

    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const later = vi.fn();
    afterFirstPaint(later, { painted: true });
    expect(FakeObserver.instances).toHaveLength(0);
    vi.advanceTimersByTime(20);
    expect(later).toHaveBeenCalledTimes(1);
    hidden.mockRestore();
  });
});
