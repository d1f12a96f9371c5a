import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * What waits to be drawn, and when: panels one per frame (useProgressiveCount), charts one per task
 * in their turn (inTurn; when, deferred-mount.ts decides), and everything at once for printing
 * (mountAllDeferred). Apart from the charts' look-ahead: every page has panels and a print button,
 * not every page has charts.
 */
const queue: (() => void)[] = [];
/** Everything not drawn yet: charts near the screen or not, panels' items still to come. */
const waiting = new Set<() => void>();
let pumping = false;

/** Registers `job` (it draws something still waiting) for mountAllDeferred; the returned function forgets it. */
export function waitForMountAll(job: () => void): () => void {
  waiting.add(job);
  return () => waiting.delete(job);
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

/** Takes a job off its turn (its chart has gone before the turn came). */
export function dropTurn(job: () => void) {
  const i = queue.indexOf(job);
  if (i >= 0) queue.splice(i, 1);
}

/** Mounts every chart and panel still waiting, now (before printing, or anything else that needs them all). */
export function mountAllDeferred() {
  // Waiting charts, and the turns already queued (a chart whose code has just arrived); then what those
  // mounted asks in turn (a chart's box to measure), a few rounds at most.
  for (let round = 0; round < 4; round++) {
    const jobs = new Set([...waiting, ...queue]);
    if (!jobs.size) return;
    queue.length = 0;
    flushSync(() => jobs.forEach((job) => job()));
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', mountAllDeferred);
  window.matchMedia?.('print').addEventListener?.('change', (e) => {
    if (e.matches) mountAllDeferred();
  });
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
    const forget = waitForMountAll(all);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A transition: React renders the next item in slices, so only its commit is one task.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setCount((c) => c + 1)), 0);
    });
    return () => {
      forget();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total]);
  return shown;
}
