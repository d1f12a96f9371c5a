import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 640px)';

function subscribe(onChange: () => void) {
  const mq = window.matchMedia?.(QUERY);
  mq?.addEventListener?.('change', onChange);
  return () => mq?.removeEventListener?.('change', onChange);
}

/** True on phone-sized screens: charts then wrap their category labels into a narrower axis. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => !!window.matchMedia?.(QUERY).matches, () => false);
}
