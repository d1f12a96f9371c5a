import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Mounts heavy children (charts) one per task after the page has painted, instead of all in one
 * long task: the first screen shows sooner and input stays responsive (Total Blocking Time).
 * The space they take is reserved by the caller, so nothing shifts when they arrive.
 */
const queue: (() => void)[] = [];
let pumping = false;

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

export function useDeferredMount(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const job = () => {
      if (live) setReady(true);
    };
    queue.push(job);
    if (!pumping) {
      pumping = true;
      setTimeout(pump, 0);
    }
    return () => {
      live = false;
      const i = queue.indexOf(job);
      if (i >= 0) queue.splice(i, 1);
    };
  }, []);
  return ready;
}
