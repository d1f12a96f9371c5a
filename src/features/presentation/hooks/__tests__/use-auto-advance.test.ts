// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoStep } from '../../utils/navigation';
import { useAutoAdvance } from '../use-auto-advance';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useAutoAdvance', () => {
  it('ticks once per interval while enabled', () => {
    const tick = vi.fn();
    renderHook(() => useAutoAdvance(true, 10_000, tick));
    vi.advanceTimersByTime(9_999);
    expect(tick).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(tick).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30_000);
    expect(tick).toHaveBeenCalledTimes(4);
  });

  it('stops when paused and restarts the clock on resume', () => {
    const tick = vi.fn();
    const { rerender } = renderHook(({ on }) => useAutoAdvance(on, 5_000, tick), { initialProps: { on: true } });
    vi.advanceTimersByTime(4_000);
    rerender({ on: false });
    vi.advanceTimersByTime(60_000);
    expect(tick).not.toHaveBeenCalled();
    rerender({ on: true });
    vi.advanceTimersByTime(4_999);
    expect(tick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(tick).toHaveBeenCalledTimes(1);
  });

  it('runs a 3-slide deck through two years of a cycle in 6 intervals', () => {
    let state = { slide: 1, year: 2019 as number };
    const years = [2019, 2020];
    const { rerender } = renderHook(() =>
      useAutoAdvance(true, 10_000, () => {
        const step = autoStep(state.slide, 3, years, state.year);
        state = { slide: step.slide, year: (step.cycleTo as number | undefined) ?? state.year };
      }),
    );
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      vi.advanceTimersByTime(10_000);
      rerender();
      seen.push(`${state.year}/${state.slide}`);
    }
    expect(seen).toEqual(['2019/2', '2019/3', '2020/1', '2020/2', '2020/3', '2019/1']);
  });
});
