import { useLayoutEffect, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * What shows while a deck gets ready: its code loading (React then keeps this for 300 ms at least),
 * then its panels. A presenter who presses P and then → at once loses nothing: the keys pressed
 * meanwhile are held, and given again, in order, to what comes next (the next wait, or the deck).
 */
export function DeckLoading({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    const held: KeyboardEvent[] = [];
    const hold = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      held.push(e);
    };
    window.addEventListener('keydown', hold, true);
    return () => {
      window.removeEventListener('keydown', hold, true);
      // The commit that removes this wait installs the deck's own key listeners: they hear the keys after
      // it, each drawn before the next (→ → is two slides on, not the same one twice).
      queueMicrotask(() => {
        for (const { key, code, shiftKey } of held) flushSync(() => window.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, cancelable: true })));
      });
    };
  }, []);
  return children;
}
