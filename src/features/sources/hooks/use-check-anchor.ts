import { useEffect } from 'react';

/** How long to wait for a linked check to be drawn (the checks render one source per frame). */
const WAIT_MS = 5000;

/**
 * Brings the check named by the address's #fragment into view and gives it focus, once it is drawn:
 * on arrival from another view's link (the fragment is already there) and on an in-page link.
 */
export function useCheckAnchor(): void {
  useEffect(() => {
    let observer: MutationObserver | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      observer?.disconnect();
      clearTimeout(timer);
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
        return true;
      };
      if (reveal()) return;
      observer = new MutationObserver(() => void reveal());
      observer.observe(document.body, { childList: true, subtree: true });
      timer = setTimeout(stop, WAIT_MS);
    };
    go();
    window.addEventListener('hashchange', go);
    return () => {
      stop();
      window.removeEventListener('hashchange', go);
    };
  }, []);
}
