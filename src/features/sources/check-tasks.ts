import { runChecksInSlices } from './utils/check-run';
import { runChecksNow, type RunChecks } from './utils/sources-model';

/**
 * How long a slice of the checks may go on starting the next check. The costliest check takes about
 * 3.5 ms on a fast machine, 14 ms at the 4× CPU slowdown of Lighthouse's phone: a slice stays far
 * below a long task (50 ms) there too.
 */
const SLICE_MS = 4;

/** The first slice after the next frame (the page shows its cards first), the rest each in a task of its own. */
function later(slice: () => void, first: boolean) {
  if (first) requestAnimationFrame(() => setTimeout(slice, 0));
  else setTimeout(slice, 0);
}

/**
 * The checks of the sources view. All of them at once in one render were a task of about 100 ms at
 * 4× CPU when the page was hydrated (Total Blocking Time); in the browser they now run in slices
 * after the page has painted. The build-time render (no window) runs them at once, so the built
 * HTML holds their results; while they run, hydration leaves that HTML in place (Suspense).
 */
export const runChecksAfterPaint: RunChecks = (datasets) =>
  typeof window === 'undefined' ? runChecksNow(datasets) : runChecksInSlices(datasets, { later, budgetMs: SLICE_MS });
