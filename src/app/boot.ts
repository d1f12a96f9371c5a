import { afterFirstPaint } from '../lib/after-first-paint';
import { viewAtPath } from '../lib/views';
import { prerenderedRoot, showLinkChoices, showStartFailed } from './page-status';
import { VIEW_CHUNKS } from './view-chunks';

/**
 * The page's entry. The HTML already shows this view with its data (src/app/prerender.tsx) and asks
 * for nothing but this script and the stylesheet. Once its first paint is on the screen (requests
 * started earlier count, in Lighthouse's simulation, as possible dependencies of the largest paint),
 * this starts the data files (as preloads the app's fetches then use), this page's view chunk, React
 * and the app, each in a task of its own so that none of them holds up input.
 */
showLinkChoices();

const steps = [
  ...__FIRST_SCREEN_DATA__.map((file) => () => {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `${import.meta.env.BASE_URL}data/${file}` });
    document.head.append(link);
  }),
  // This view's chunk and the app's, which it imports: evaluated before the renderer, in a task of their
  // own (with it, one task of 24 ms). A chunk that fails here fails again, in its panel, when main runs.
  async () => {
    const view = viewAtPath(location.pathname);
    if (view) await VIEW_CHUNKS[view]().catch(() => {});
  },
  // React's DOM renderer is most of the app's code: evaluated on its own, before main.
  () => import('react-dom/client'),
  () => import('./main'),
];

async function next() {
  try {
    await steps.shift()?.();
  } catch {
    // The code could not be loaded (offline before the first visit was cached, a broken deploy).
    return showStartFailed();
  }
  if (steps.length) setTimeout(() => void next(), 0);
}

afterFirstPaint(() => void next(), { painted: prerenderedRoot() !== null });
