// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleControls } from '../use-idle-controls';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const key = (k: string) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: k })));

describe('useIdleControls', () => {
  it('shows the bar at first, then hides it after a pause', () => {
    const { result } = renderHook(() => useIdleControls(false));
    expect(result.current).toBe(true);
    act(() => void vi.advanceTimersByTime(3000));
    expect(result.current).toBe(false);
  });

  it('keeps it away while the presenter moves through the slides with the keys', () => {
    const { result } = renderHook(() => useIdleControls(false));
    act(() => void vi.advanceTimersByTime(3000));
    for (const k of ['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End']) {
      key(k);
      expect(result.current, k).toBe(false);
    }
  });

  it('brings it back with the mouse or another key (Tab to reach its buttons), for a pause', () => {
    const { result } = renderHook(() => useIdleControls(false));
    act(() => void vi.advanceTimersByTime(3000));
    key('Tab');
    expect(result.current).toBe(true);
    act(() => void vi.advanceTimersByTime(3000));
    expect(result.current).toBe(false);
    act(() => void window.dispatchEvent(new MouseEvent('mousemove')));
    expect(result.current).toBe(true);
  });
});
