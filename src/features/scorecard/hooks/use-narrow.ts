import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 640px)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia?.(QUERY);
  mq?.addEventListener?.('change', onChange);
  return () => mq?.removeEventListener?.('change', onChange);
}

/** True on phone-width screens, where chart axes get shorter labels. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => !!window.matchMedia?.(QUERY).matches, () => false);
}
