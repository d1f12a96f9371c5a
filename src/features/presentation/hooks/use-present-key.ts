import { useLayoutEffect, useRef } from 'react';

/** A key typed into a field is the field's. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName));
}

/**
 * P starts the presentation from any page. Once it runs, the deck's own keys take over
 * (usePresentationKeys, loaded with the deck): every page needs only this.
 */
export function usePresentKey(onEnter: () => void): void {
  const enter = useRef(onEnter);
  useLayoutEffect(() => {
    enter.current = onEnter;
  });
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        enter.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
