import { startTransition, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Heavy children (charts) mount only when their place comes near the screen, and then one per
 * task: the first screen paints and answers input sooner (Total Blocking Time), and charts far
 * down a long view cost nothing until someone scrolls to them. The caller reserves their space,
 * so nothing shifts when they arrive. Printing needs every chart, so it mounts all that wait.
 *
 * While the page loads, only charts on the screen mount: a recharts chart takes one long task to
 * mount (80 ms or more on a phone), and one just below the fold would block the page as it opens.
 * The look-ahead starts with the first scroll or resize, so charts are ready as they scroll in.
 */
const queue: (() => void)[] = [];
/** Every chart not mounted yet, near the screen or not. */
const waiting = new Set<() => void>();
let pumping = false;

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

function pump() {
  const next = queue.shift();
  if (!next) {
    pumping = false;
    return;
  }
  // Render this one now, in this task; the next waits for a task of its own.
  flushSync(next);
  setTimeout(pump, 0);
}

/** Runs `job` (a chart mounting, or a state update that draws one) in a task of its own, after those queued before it. */
export function inTurn(job: () => void) {
  if (queue.includes(job)) return;
  queue.push(job);
  if (!pumping) {
    pumping = true;
    setTimeout(pump, 0);
  }
}

/** Mounts every chart and panel still waiting, now (before printing, or anything else that needs them all). */
export function mountAllDeferred() {
  // Waiting charts, and the turns already queued (a chart whose code has just arrived).
  const jobs = new Set([...waiting, ...queue]);
  if (!jobs.size) return;
  queue.length = 0;
  flushSync(() => jobs.forEach((job) => job()));
}

if (typeof window !== 'undefined') {
  // Only the page's own scroll: element scroll events do not bubble (the nav scrolls its current tab into view).
  window.addEventListener('scroll', onMove, { passive: true });
  window.addEventListener('resize', onMove, { passive: true });
  window.addEventListener('beforeprint', mountAllDeferred);
  window.matchMedia?.('print').addEventListener?.('change', (e) => {
    if (e.matches) mountAllDeferred();
  });
}

/** True once the element `near` has come within half a screen of the viewport and its turn has come. */
export function useDeferredMount(near: RefObject<Element | null>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const job = () => {
      if (!live) return;
      live = false;
      waiting.delete(job);
      nearby.delete(job);
      setReady(true);
    };
    waiting.add(job);
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
      waiting.delete(job);
      nearby.delete(job);
      observer?.disconnect();
      const i = queue.indexOf(job);
      if (i >= 0) queue.splice(i, 1);
    };
  }, [near]);
  return ready;
}

/**
 * How many of a list's `total` items to render: `first` of them at once, then one more per frame,
 * so that each frame lays out one item's worth of page instead of a whole long view in one task
 * (Total Blocking Time). Items are appended below the ones already there, so nothing on screen
 * moves. Printing mounts the rest at once (mountAllDeferred).
 */
export function useProgressiveCount(total: number, first: number): number {
  const [count, setCount] = useState(first);
  const shown = Math.min(count, total);
  useEffect(() => {
    if (shown >= total) return;
    const all = () => setCount(total);
    waiting.add(all);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A transition: React renders the next item in slices, so only its commit is one task.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setCount((c) => c + 1)), 0);
    });
    return () => {
      waiting.delete(all);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total]);
  return shown;
}
