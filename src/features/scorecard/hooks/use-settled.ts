import { startTransition, useEffect, useReducer } from 'react';
import type { Thenable } from '../../../data/checks/slices';

/**
 * The thenable's value once it has settled, undefined until then (nothing suspends: what does not
 * need it shows at once). The render that brings the value is a transition, sliced by React.
 */
export function useSettled<T>(thenable: Thenable<T>): T | undefined {
  const [, settledNow] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (thenable.status !== 'pending') return;
    let live = true;
    const done = () => {
      if (live) startTransition(settledNow);
    };
    thenable.then(done, done);
    return () => {
      live = false;
    };
  }, [thenable]);
  return thenable.status === 'fulfilled' ? thenable.value : undefined;
}
