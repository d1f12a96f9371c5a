import { useLayoutEffect, useRef } from 'react';

/** A key typed into a field is the field's. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName));
}

/**
 * The page's keys, without modifiers and outside fields, to the latest `onKey`. Layout effects: the
 * listener and the handler it calls are in place when the component is committed, before the browser
 * can deliver the next key (a passive effect can run after it).
 */
export function usePageKeys(onKey: (e: KeyboardEvent) => void): void {
  const latest = useRef(onKey);
  useLayoutEffect(() => {
    latest.current = onKey;
  });
  useLayoutEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (!e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) latest.current(e);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

/**
 * P starts the presentation from any page. Once it runs, the deck's own keys take over
 * (usePresentationKeys, loaded with the deck): every page needs only this.
 */
export function usePresentKey(onEnter: () => void): void {
  usePageKeys((e) => {
    if (e.key === 'p' || e.key === 'P') {
      e.preventDefault();
      onEnter();
    }
  });
}
