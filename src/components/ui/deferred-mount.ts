import { useEffect, useState, type RefObject } from 'react';
import { dropTurn, inTurn, waitForMountAll } from './progressive-mount';

/**
 * Heavy children (charts) mount only when their place comes near the screen, and then one per
 * task: the first screen paints and answers input sooner (Total Blocking Time), and charts far
 * down a long view cost nothing until someone scrolls to them. The caller reserves their space,
 * so nothing shifts when they arrive. Printing needs every chart: each waits in progressive-mount.ts.
 *
 * While the page loads, only charts on the screen mount: a recharts chart takes one long task to
 * mount (80 ms or more on a phone), and one just below the fold would block the page as it opens.
 * The look-ahead starts with the first scroll or resize, so charts are ready as they scroll in.
 */

/** Half a screen ahead, so a chart is usually ready by the time it scrolls in. */
const AHEAD = '50% 0px';

/** Charts within the look-ahead but off the screen, waiting for the page to move. */
const nearby = new Set<() => void>();
/** Whether the page has scrolled or resized since it opened: until then, the look-ahead waits. */
let moved = false;

function onMove() {
  moved = true;
  window.removeEventListener('scroll', onMove);
  window.removeEventListener('resize', onMove);
  for (const job of nearby) inTurn(job);
  nearby.clear();
}

/** Whether an observed element is on the screen itself, not only within the look-ahead. */
function onScreen(entry: IntersectionObserverEntry): boolean {
  const box = entry.boundingClientRect;
  return box.top < window.innerHeight && box.bottom > 0;
}

if (typeof window !== 'undefined') {
  // Only the page's own scroll: element scroll events do not bubble (the nav scrolls its current tab into view).
  window.addEventListener('scroll', onMove, { passive: true });
  window.addEventListener('resize', onMove, { passive: true });
}

/** True once the element `near` has come within half a screen of the viewport and its turn has come. */
export function useDeferredMount(near: RefObject<Element | null>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const job = () => {
      if (!live) return;
      live = false;
      forget();
      nearby.delete(job);
      setReady(true);
    };
    const forget = waitForMountAll(job);
    const el = near.current;
    let observer: IntersectionObserver | undefined;
    if (el && typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver(
        (entries) => {
          const close = entries.filter((e) => e.isIntersecting);
          if (!close.length) return;
          observer?.disconnect();
          if (moved || close.some(onScreen)) inTurn(job);
          else nearby.add(job);
        },
        { rootMargin: AHEAD },
      );
      observer.observe(el);
    } else {
      inTurn(job);
    }
    return () => {
      live = false;
      forget();
      nearby.delete(job);
      observer?.disconnect();
      dropTurn(job);
    };
  }, [near]);
  return ready;
}
