import { CHECK_SPECS, runChecks, type CheckResult, type CheckSpec } from '../checks';
import type { Dataset } from '../schema';

/**
 * A promise that says whether it has settled, as React's `use` reads it: a settled one is read in
 * the same render, without suspending (so the build-time render draws the checks at once).
 */
export type Thenable<T> = Promise<T> & ({ status: 'pending' } | { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown });

/** A value already there, as a settled thenable. */
export function settled<T>(value: T): Thenable<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

/** Keeps the thenable's status and value up to date (its own callbacks run before any added later, React's included). */
function tracked<T>(promise: Promise<T>): Thenable<T> {
  const t: Thenable<T> = Object.assign(promise, { status: 'pending' as const });
  // React's `use` reads these fields: they are set before any callback React adds runs.
  // The callbacks return nothing: returning `t` would make their promise adopt its rejection, unhandled.
  promise.then(
    (value) => void Object.assign(t, { status: 'fulfilled', value }),
    (reason: unknown) => void Object.assign(t, { status: 'rejected', reason }),
  );
  return t;
}

/** `f` of the thenable's value: at once if it has settled, else when it does. */
export function mapThenable<T, U>(t: Thenable<T>, f: (value: T) => U): Thenable<U> {
  return t.status === 'fulfilled' ? settled(f(t.value)) : tracked(t.then(f));
}

/**
 * Runs the declared checks from `from` on, one at a time, while `more()` says so (always at least
 * one): their results and where the next slice starts. The slices, in order, make runChecks(datasets).
 */
export function runCheckSlice(
  datasets: readonly Dataset[],
  from: number,
  more: () => boolean,
  specs: readonly CheckSpec[] = CHECK_SPECS,
): { results: CheckResult[]; next: number } {
  const results: CheckResult[] = [];
  let next = from;
  do {
    results.push(...runChecks(datasets, specs.slice(next, next + 1)));
    next += 1;
  } while (next < specs.length && more());
  return { results, next };
}

export interface SliceOptions {
  /** Queues a slice in a task of its own (`first`: the run's first slice). */
  later: (slice: () => void, first: boolean) => void;
  /** How long a slice may go on starting checks (one always runs). */
  budgetMs: number;
  now?: () => number;
  specs?: readonly CheckSpec[];
}

/**
 * The checks, run in slices of about `budgetMs` each, every slice in a task `later` queues: a page
 * stays responsive while they run. Settles with exactly what runChecks(datasets) returns.
 */
export function runChecksInSlices(datasets: readonly Dataset[], { later, budgetMs, now = () => performance.now(), specs = CHECK_SPECS }: SliceOptions): Thenable<CheckResult[]> {
  return tracked(
    new Promise<CheckResult[]>((resolve, reject) => {
      const results: CheckResult[] = [];
      const step = (from: number) => {
        try {
          const start = now();
          const slice = runCheckSlice(datasets, from, () => now() - start < budgetMs, specs);
          results.push(...slice.results);
          if (slice.next < specs.length) later(() => step(slice.next), false);
          else resolve(results);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      if (specs.length === 0) resolve(results);
      else later(() => step(0), true);
    }),
  );
}

/** How the checks are run over the data: at once, or in slices after the page has painted. */
export type RunChecks = (datasets: readonly Dataset[], specs?: readonly CheckSpec[]) => Thenable<CheckResult[]>;

/** At once (the build's render, tests). */
export const runChecksNow: RunChecks = (datasets, specs = CHECK_SPECS) => settled(runChecks(datasets, specs));

/**
 * How long a slice of the checks may go on starting the next check. The costliest check takes about
 * 3.5 ms on a fast machine, 14 ms at the 4× CPU slowdown of Lighthouse's phone: a slice stays far
 * below a long task (50 ms) there too.
 */
const SLICE_MS = 4;

/** The first slice after the next frame (the page shows what it has first), the rest each in a task of its own. */
function afterPaint(slice: () => void, first: boolean) {
  if (first) requestAnimationFrame(() => setTimeout(slice, 0));
  else setTimeout(slice, 0);
}

/**
 * In a page, the checks run in slices after it has painted: all of them in one render were a task of
 * about 100 ms at 4× CPU as the page was hydrated (Total Blocking Time). Without a page (the build's
 * render) they run at once, so the built HTML holds their results.
 */
export const runChecksAfterPaint: RunChecks = (datasets, specs = CHECK_SPECS) =>
  typeof window === 'undefined' ? runChecksNow(datasets, specs) : runChecksInSlices(datasets, { later: afterPaint, budgetMs: SLICE_MS, specs });
