/**
 * Runs `start` once the page's HTML has been painted on the screen, in a task of its own.
 *
 * A frame is drawn in the renderer (the moment requestAnimationFrame + setTimeout reach) and
 * shown a little later by the compositor; requests started in between share the network with
 * nothing the paint needs, but a load simulation (Lighthouse's) counts them as possible
 * dependencies of the first figures. The paint timing entry arrives once the frame is shown.
 * A page with nothing to paint yet (`painted` false: the dev server's empty root) or a hidden
 * tab (it paints only once shown) starts after the next frame; a paint entry that never comes,
 * after `waitAtMost` milliseconds.
 */
export function afterFirstPaint(start: () => void, { painted, waitAtMost = 1000 }: { painted: boolean; waitAtMost?: number }): void {
  const entries = typeof PerformanceObserver === 'undefined' ? [] : (PerformanceObserver.supportedEntryTypes ?? []);
  if (!painted || document.visibilityState === 'hidden' || !entries.includes('paint')) {
    requestAnimationFrame(() => setTimeout(start, 0));
    return;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    setTimeout(start, 0);
  };
  // Both calls of go() come in later tasks (observer callbacks are queued), after these are set.
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(go, waitAtMost);
}
