import { useEffect, useState, type ComponentType } from 'react';
import { inTurn } from './progressive-mount';

type Loader = () => Promise<unknown>;

/** The chart chunks of every panel module loaded so far (the current view's, and any visited before), not loaded yet. */
const loaders = new Set<Loader>();

/**
 * A chart component in a chunk of its own (recharts stays off the first screen), loaded when it
 * first mounts or ahead of that by `preloadCharts`. Unlike React.lazy it does not suspend: once its
 * code is there it renders at once, and a chart whose code arrives later is drawn in its turn, one
 * chart per task (deferred-mount). A chunk that fails to load is thrown to the panel's boundary.
 */
export function lazyChart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let promise: Promise<ComponentType<P>> | undefined;
  const once = () =>
    (promise ??= load().then(
      (module) => {
        loaded = module.default;
        loaders.delete(once);
        return loaded;
      },
      (error: unknown) => {
        promise = undefined; // the panel's retry asks again
        throw error;
      },
    ));
  loaders.add(once);

  return function LazyChart(props: P) {
    const [state, setState] = useState<{ Chart?: ComponentType<P>; error?: unknown }>(() => ({ Chart: loaded }));
    const { Chart, error } = state;
    useEffect(() => {
      // A chart is being drawn: the code of the others loads meanwhile, in idle time.
      void preloadCharts();
      if (Chart) return;
      let live = true;
      once().then(
        (arrived) => inTurn(() => live && setState({ Chart: arrived })),
        (failed: unknown) => live && setState({ error: failed }),
      );
      return () => {
        live = false;
      };
    }, [Chart]);
    if (error) throw error;
    return Chart ? <Chart {...props} /> : null;
  };
}

type Idle = (run: () => void) => void;

/**
 * Resolves with the reader's first scroll, resize, touch, click or key on the page. Preloading waits
 * for it: evaluating recharts is one task of 30 ms or more (well over 100 ms on a slow phone), and a
 * view whose charts on the first screen need none of it (the communication view's bars are plain
 * SVG) should not pay for it while it opens.
 */
const firstMove = new Promise<void>((resolve) => {
  if (typeof window === 'undefined') return;
  const events = ['scroll', 'resize', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  // The page's own scroll only: an element's (the navigation scrolling its current tab into view) does not bubble.
  const moved = () => {
    for (const e of events) window.removeEventListener(e, moved);
    resolve();
  };
  for (const e of events) window.addEventListener(e, moved, { passive: true });
});

const whenIdle: Idle = (run) => {
  void firstMove.then(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 300);
  });
};

/** The pass of preloadCharts under way: every chart that mounts asks for one, and one at a time is enough. */
let running: Promise<void> | undefined;

/**
 * Loads the code of every known chart not loaded yet, one chunk per idle moment once the reader has
 * moved (scrolled, clicked, typed), without drawing anything: a chart that mounts later (charts wait
 * to be near the screen) then only has to draw.
 * A chunk that fails here is left to its chart, which reports it in its panel when it mounts.
 * While a pass runs, asking again returns it.
 */
export function preloadCharts(idle: Idle = whenIdle): Promise<void> {
  running ??= pass(idle).finally(() => {
    running = undefined;
  });
  return running;
}

function pass(idle: Idle): Promise<void> {
  const pending = [...loaders];
  return new Promise((done) => {
    const next = () => {
      const load = pending.shift();
      if (!load) return done();
      idle(() => {
        load().then(next, next);
      });
    };
    next();
  });
}
