import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * A value only the browser knows (today's date, whether it is online): `prerendered` while the app
 * takes over the build-time HTML, so both agree, and the browser's value right after.
 */
export function useClientValue<T>(read: () => T, prerendered: T, subscribe: (onChange: () => void) => () => void = never): T {
  return useSyncExternalStore(subscribe, read, () => prerendered);
}
