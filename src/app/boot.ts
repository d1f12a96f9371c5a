/**
 * The page's entry: lets the browser paint the prerendered first screen (the HTML already holds
 * it), then starts the app. The app's code downloads meanwhile (it is preloaded with the HTML); it
 * runs one frame later instead of before the first paint.
 */
requestAnimationFrame(() => setTimeout(() => void import('./main')));
