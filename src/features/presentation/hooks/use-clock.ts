import { useEffect, useState } from 'react';

const START_KEY = 'cruscotto.relatore.inizio';

/** When the presenter view started in this tab (kept across a reload). */
function startTime(): number {
  try {
    const saved = Number(sessionStorage.getItem(START_KEY));
    if (saved > 0) return saved;
    const now = Date.now();
    sessionStorage.setItem(START_KEY, String(now));
    return now;
  } catch {
    return Date.now();
  }
}

/** The time now and since the presenter view opened, updated every second. */
export function useClock(): { now: Date; elapsed: number } {
  const [start] = useState(startTime);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return { now, elapsed: now.getTime() - start };
}
