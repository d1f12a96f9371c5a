import { useEffect } from 'react';

/** How long to wait for a linked check to be drawn (the checks render one source per frame). */
const WAIT_MS = 5000;
/** How long to keep it in place while the checks above it are drawn and change height. */
const SETTLE_MS = 1500;
const USER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Brings the check named by the address's #fragment into view and gives it focus, once it is drawn:
 * on arrival from another view's link (the fragment is already there) and on an in-page link. While
 * the page above it settles it is kept in place, until the reader scrolls or types.
 */
export function useCheckAnchor(): void {
  useEffect(() => {
    const cleanups: (() => void)[] = [];
    const stop = () => cleanups.splice(0).forEach((f) => f());
    const keep = (el: HTMLElement) => {
      const align = () => el.scrollIntoView({ block: 'start' });
      const resized = new ResizeObserver(align);
      resized.observe(document.body);
      const timer = setTimeout(stop, SETTLE_MS);
      for (const type of USER_INPUT) window.addEventListener(type, stop, { once: true, passive: true });
      cleanups.push(() => {
        resized.disconnect();
        clearTimeout(timer);
        for (const type of USER_INPUT) window.removeEventListener(type, stop);
      });
    };
    const go = () => {
      stop();
      const id = decodeURIComponent(location.hash.slice(1));
      if (!id.startsWith('check-')) return;
      const reveal = () => {
        const el = document.getElementById(id);
        if (!el) return false;
        stop();
        el.scrollIntoView({ block: 'start' });
        el.focus({ preventScroll: true });
        keep(el);
        return true;
      };
      if (reveal()) return;
      const observer = new MutationObserver(() => void reveal());
      observer.observe(document.body, { childList: true, subtree: true });
      const timer = setTimeout(stop, WAIT_MS);
      cleanups.push(() => {
        observer.disconnect();
        clearTimeout(timer);
      });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => {
      stop();
      window.removeEventListener('hashchange', go);
    };
  }, []);
}
