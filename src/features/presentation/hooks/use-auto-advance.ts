import { useEffect, useRef } from 'react';

/** Calls `onTick` every `intervalMs` while enabled; pausing or changing the interval restarts the clock. */
export function useAutoAdvance(enabled: boolean, intervalMs: number, onTick: () => void): void {
  const tick = useRef(onTick);
  useEffect(() => {
    tick.current = onTick;
  });
  useEffect(() => {
    if (!enabled) return;
    const id = window.setInterval(() => tick.current(), intervalMs);
    return () => window.clearInterval(id);
  }, [enabled, intervalMs]);
}
